package org.civitas.consultation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.civitas.consultation.ConsultationDesk;
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

    private long consultation;
    private String sort;
    private Long section;
    private Long question;
    private int page;
    private long seed;
    private Views.ConsultationView subject;
    private List<ProposalQuery.QuestionChoice> questions = List.of();
    private ProposalViews.ProposalList list;

    /** The view action. */
    public void load() {
        if ("random".equals(sort) && seed == 0 && Faces.viewer() == null) {
            seed = ThreadLocalRandom.current().nextLong(1, 1_000_000_000L);
        }
        try {
            subject = desk.get(Faces.viewer(), consultation);
            questions = query.questions(Faces.viewer(), consultation);
            list = query.list(Faces.viewer(), consultation, sort, section, question, page, seed);
        } catch (Refusal refusal) {
            Faces.refused(null, refusal);
        }
    }

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
    public ProposalViews.ProposalList getList() { return list; }
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
