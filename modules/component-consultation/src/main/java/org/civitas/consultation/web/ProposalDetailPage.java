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
import java.util.Map;
import org.civitas.consultation.ConsultationComponent;
import org.civitas.consultation.Discussion;
import org.civitas.consultation.Following;
import org.civitas.consultation.ProposalFiling;
import org.civitas.consultation.ProposalViews;
import org.civitas.consultation.Reactions;
import org.civitas.consultation.RichText;
import org.civitas.spi.Refusal;
import org.civitas.spi.TextInput;

/**
 * A proposal's page: the proposal, the vote form with its argument, the arguments for and against with their
 * supports, the comments with their replies, following. Each action reads its subject from the form's hidden fields
 * (the forms inside repeats are plain inputs), then comes back to the page with what happened said at the top, or
 * with the refusal at the field it concerns and what was typed kept.
 */
@Named("consultationProposal")
@RequestScoped
public class ProposalDetailPage {

    @Inject
    ProposalFiling filing;
    @Inject
    Reactions reactions;
    @Inject
    Discussion discussion;
    @Inject
    Following following;

    private long id;
    private ProposalViews.ProposalPage page;
    private ProposalViews.Arguments arguments;
    private List<ProposalViews.CommentView> comments;
    private boolean looked;
    /** Where a refusal is shown: {@code vote}, {@code comment}, {@code reply-<id>}, or null for the top. */
    private String errorAt;
    private String error;
    private String typed;

    /** The view action. */
    public void load() {
        page();
    }

    /** Also on a postback, before the forms are decoded: they are rendered only when the proposal is known. */
    public ProposalViews.ProposalPage getPage() {
        return page();
    }

    private ProposalViews.ProposalPage page() {
        if (!looked) {
            looked = true;
            try {
                page = filing.page(Faces.viewer(), proposalId());
                arguments = reactions.arguments(Faces.viewer(), proposalId());
                comments = discussion.comments(Faces.viewer(), proposalId());
            } catch (Refusal refusal) {
                Faces.refused(null, refusal);
            }
        }
        return page;
    }

    /** The proposal's words as HTML, sanitised again here because the page writes them unescaped. */
    public String getBody() {
        return page() == null ? "" : RichText.html(page.proposal().body());
    }

    public boolean isSignedIn() {
        return Faces.viewer() != null;
    }

    public void vote() {
        String argument = param("argument");
        act("vote", argument, () -> reactions.vote(Faces.viewer(), proposalId(), param("stance"), argument), "proposals.voted");
    }

    public void supportArgument() {
        act(null, null, () -> reactions.support(Faces.viewer(), number(param("argumentId")), !"off".equals(param("on"))),
                "proposals.supported");
    }

    public void comment() {
        String parent = param("parent");
        String body = param("body");
        act(parent == null || parent.isEmpty() ? "comment" : "reply-" + parent, body,
                () -> discussion.comment(Faces.viewer(), proposalId(), parent == null || parent.isEmpty() ? null : number(parent), body),
                "proposals.commented");
    }

    public void supportComment() {
        act(null, null, () -> discussion.support(Faces.viewer(), number(param("commentId")), !"off".equals(param("on"))),
                "proposals.supported");
    }

    public void editComment() {
        String comment = param("commentId");
        String body = param("body");
        act("edit-" + number(comment), body, () -> discussion.edit(Faces.viewer(), number(comment), body), "proposals.comment-edited");
    }

    public void deleteComment() {
        act(null, null, () -> {
            discussion.delete(Faces.viewer(), number(param("commentId")));
            return null;
        }, "proposals.comment-deleted");
    }

    public void follow() {
        boolean on = !"off".equals(param("on"));
        act(null, null, () -> following.followProposal(Faces.viewer(), proposalId(), on),
                on ? "proposals.followed" : "proposals.unfollowed");
    }

    public void withdraw() {
        act(null, null, () -> filing.withdraw(Faces.viewer(), proposalId()), "proposals.withdrawn");
    }

    /** Does {@code action}; on success, back to the page with {@code done} said; refused, the reason where it belongs. */
    private void act(String at, String words, java.util.function.Supplier<Object> action, String done) {
        if (words != null && TextInput.check(words, true, TextInput.MAX_TEXT).isPresent()) {
            errorAt = at;
            typed = words;
            error = PageTexts.text(Faces.locale(), "proposals.error.characters");
            return;
        }
        try {
            action.get();
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    PageTexts.text(Faces.locale(), done), null));
            external.redirect(external.getRequestContextPath() + ConsultationComponent.proposalPath(proposalId()));
        } catch (Refusal refusal) {
            if (at == null || refusal.kind() != Refusal.Kind.BAD_INPUT) {
                Faces.refused(null, refusal);
            } else {
                errorAt = at;
                typed = words;
                error = refusal.text().in(Faces.locale());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String param(String name) {
        Map<String, String> form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        return form.get(name);
    }

    private static long number(String typed) {
        return typed != null && typed.matches("[1-9]\\d{0,17}") ? Long.parseLong(typed) : 0;
    }

    private long proposalId() {
        return id > 0 ? id : number(param("id"));
    }

    /** The arguments of one side: {@code agree} (for), {@code disagree} (against) or {@code mixed}. */
    public List<ProposalViews.ArgumentView> side(String side) {
        if (arguments == null) {
            return List.of();
        }
        return switch (side) {
            case "agree" -> arguments.agree();
            case "disagree" -> arguments.disagree();
            default -> arguments.mixed();
        };
    }

    /** The stance's name in the reader's language. */
    public String stance(String stance) {
        return stance == null ? "" : PageTexts.text(Faces.locale(), "proposals.stance." + stance);
    }

    /** The status's name in the reader's language. */
    public String status(String status) {
        return PageTexts.text(Faces.locale(), "proposals.status." + status);
    }

    public ProposalViews.Arguments getArguments() { return arguments; }
    public List<ProposalViews.CommentView> getComments() { return comments; }
    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public String getErrorAt() { return errorAt; }
    public String getError() { return error; }
    public String getTyped() { return typed; }
}
