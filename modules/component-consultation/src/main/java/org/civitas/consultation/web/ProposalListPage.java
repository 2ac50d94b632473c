package org.civitas.consultation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.civitas.consultation.ConsultationDesk;
import org.civitas.consultation.Following;
import org.civitas.consultation.ProposalQuery;
import org.civitas.consultation.ProposalViews;
import org.civitas.consultation.Views;
import org.civitas.spi.Refusal;

/**
 * A consultation's proposals: sorted, filtered by section or question, 20 a page. The random order's seed travels in
 * the paging links for a reader who is not signed in, so that every page follows one shuffle.
 */
@Named("consultationProposals")
@RequestScoped
public class ProposalListPage {

    @Inject
    ProposalQuery query;
    @Inject
    ConsultationDesk desk;
    @Inject
    Following following;

    private long consultation;
    private String sort;
    private Long section;
    private Long question;
    private int page;
    private long seed;
    private Views.ConsultationView subject;
    private List<ProposalQuery.QuestionChoice> questions = List.of();
    private ProposalViews.ProposalList list;
    private boolean followed;
    private boolean looked;

    /** The view action. */
    public void load() {
        looked = true;
        if ("random".equals(sort) && seed == 0 && Faces.viewer() == null) {
            seed = ThreadLocalRandom.current().nextLong(1, 1_000_000_000L);
        }
        try {
            subject = desk.get(Faces.viewer(), consultation);
            questions = query.questions(Faces.viewer(), consultation);
            list = query.list(Faces.viewer(), consultation, sort, section, question, page, seed);
            followed = following.followsConsultation(Faces.viewer(), consultation);
        } catch (Refusal refusal) {
            Faces.refused(null, refusal);
        }
    }

    /** Follows the consultation (told of each new proposal), or stops, from the form's hidden fields. */
    public void follow() {
        java.util.Map<String, String> form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String id = form.get("consultation");
        long subject = id != null && id.matches("[1-9]\\d{0,17}") ? Long.parseLong(id) : 0;
        boolean on = !"off".equals(form.get("on"));
        try {
            following.followConsultation(Faces.viewer(), subject, on);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    PageTexts.text(Faces.locale(), on ? "proposals.consultation-followed" : "proposals.consultation-unfollowed"), null));
            external.redirect(external.getRequestContextPath() + "/components/consultation/proposals.xhtml?consultation=" + subject);
        } catch (org.civitas.spi.Refusal refusal) {
            Faces.refused(null, refusal);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isFollowed() { return followed; }
    public boolean isSignedIn() { return Faces.viewer() != null; }

    /** The last page's number, from 0. */
    public int getLastPage() {
        return list == null ? 0 : (int) Math.max(0, (list.total() - 1) / list.pageSize());
    }

    /** The query string of another page of this list, filters and order kept. */
    public String pageLink(int number) {
        StringBuilder link = new StringBuilder("?consultation=").append(consultation).append("&page=").append(number);
        if (list != null) {
            link.append("&sort=").append(list.sort());
        }
        if (section != null) {
            link.append("&section=").append(section);
        }
        if (question != null) {
            link.append("&question=").append(question);
        }
        if (seed != 0) {
            link.append("&seed=").append(seed);
        }
        return link.toString();
    }

    public Views.ConsultationView getSubject() { return subject; }
    /**
     * Also on a postback, before the follow form is decoded: the page renders it only when the list is known, and
     * view parameters would arrive too late, so the consultation's id is read from the form's hidden field.
     */
    public ProposalViews.ProposalList getList() {
        if (list == null && !looked) {
            String posted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("consultation");
            if (consultation == 0 && posted != null && posted.matches("[1-9]\\d{0,17}")) {
                consultation = Long.parseLong(posted);
            }
            load();
        }
        return list;
    }
    public List<ProposalQuery.QuestionChoice> getQuestions() { return questions; }
    public long getConsultation() { return consultation; }
    public void setConsultation(long consultation) { this.consultation = consultation; }
    public String getSort() { return list == null ? sort : list.sort(); }
    public void setSort(String sort) { this.sort = sort; }
    public Long getSection() { return section; }
    public void setSection(Long section) { this.section = section; }
    public Long getQuestion() { return question; }
    public void setQuestion(Long question) { this.question = question; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = page; }
    public long getSeed() { return seed; }
    public void setSeed(long seed) { this.seed = seed; }
}
