package org.civitas.ideabox.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.civitas.ideabox.IdeaBoxComponent;
import org.civitas.ideabox.IdeaFiling;
import org.civitas.ideabox.IdeaReading;
import org.civitas.ideabox.IdeaTriage;
import org.civitas.ideabox.Status;
import org.civitas.ideabox.Views;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.Refusal;
import org.civitas.spi.Role;

/** An idea's public page: its status history, supports, follows, comments, and the author's answer. */
@Named("ideaPage")
@RequestScoped
public class IdeaPage {

    @Inject
    IdeaReading reading;
    @Inject
    IdeaFiling filing;
    @Inject
    IdeaTriage triage;

    private long id;
    private boolean tried;
    private Views.IdeaView idea;
    private String comment;
    private String answer;
    private String note;
    private List<Views.NoteView> notes;
    private boolean notesAsked;

    public void load() {
        tried = true;
        try {
            idea = reading.get(Faces.viewer(), id);
        } catch (Refusal refusal) {
            Faces.refused(refusal, null);
        }
    }

    public void support() {
        act(() -> filing.support(Faces.viewer(), id, !getIdea().supportedByMe()), null);
    }

    public void follow() {
        act(() -> filing.follow(Faces.viewer(), id, !getIdea().followedByMe()), null);
    }

    public void comment() {
        act(() -> {
            filing.comment(Faces.viewer(), id, comment, null);
            Faces.done(Faces.text("idea.comment.sent"));
        }, "comment:text");
    }

    public void answer() {
        act(() -> filing.answer(Faces.viewer(), id, answer), "answer:text");
    }

    public void addNote() {
        act(() -> triage.addNote(Faces.viewer(), id, note), "note:text");
    }

    /**
     * The internal notes, for the idea's moderators and its assigned agent; null for everyone else (the service
     * refuses them), so the section is not rendered.
     */
    public List<Views.NoteView> getNotes() {
        CitizenRef viewer = Faces.viewer();
        if (!notesAsked && getIdea() != null && viewer != null && getIdea().status() != Status.DRAFT
                && (viewer.has(Role.AGENT) || viewer.has(Role.MODERATOR) || viewer.has(Role.ADMINISTRATOR))) {
            notesAsked = true;
            try {
                notes = triage.notes(viewer, id);
            } catch (Refusal notStaff) {
                notes = null;
            }
        }
        return notes;
    }

    public void withdraw() {
        act(() -> {
            long seen = number("version");
            filing.withdraw(Faces.viewer(), id, seen < 0 || seen > Integer.MAX_VALUE ? null : (int) seen);
            Faces.done(Faces.text("idea.withdrawn"));
        }, null);
    }

    /** A reply, from the form under a comment (plain inputs: forms in a repeat are read from the request). */
    public void reply() {
        act(() -> {
            filing.comment(Faces.viewer(), id, Faces.param("text"), number("replyTo"));
            Faces.done(Faces.text("idea.comment.sent"));
        }, null);
    }

    public void editComment() {
        act(() -> filing.editComment(Faces.viewer(), number("comment"), Faces.param("text")), null);
    }

    public void deleteComment() {
        act(() -> {
            filing.deleteComment(Faces.viewer(), number("comment"));
            Faces.done(Faces.text("idea.comment.deleted"));
        }, null);
    }

    /** A number posted in a hidden field; -1 (nothing such) when it is not one. */
    private static long number(String name) {
        String value = Faces.param(name);
        return value == null || !value.matches("\\d{1,18}") ? -1 : Long.parseLong(value);
    }

    private void act(Runnable action, String field) {
        try {
            action.run();
            Faces.redirect(IdeaBoxComponent.path(id));
        } catch (Refusal refusal) {
            Faces.refused(refusal, field);
        }
    }

    public boolean isSignedIn() {
        return Faces.viewer() != null;
    }

    /** Where a comment's report returns: this idea's page (the report page accepts only this portal's pages). */
    public String getReportBack() {
        return URLEncoder.encode(IdeaBoxComponent.path(getIdea().id()), StandardCharsets.UTF_8);
    }

    /** Where the login page returns after "log in to support": this idea's page, as a path of this portal. */
    public String getLoginBack() {
        return getReportBack();
    }

    /** The idea's point for the map, as the shared places script reads it: [{id, title, lat, lon}], or none. */
    public String getPlace() {
        Views.IdeaView i = getIdea();
        if (i == null || i.latitude() == null) {
            return "[]";
        }
        return Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", i.id()).add("title", i.title())
                .add("lat", i.latitude()).add("lon", i.longitude())).build().toString();
    }

    /** Whether a visitor who logs in could support it: anonymous visitors are offered that. */
    public boolean isSupportableAfterLogin() {
        Views.IdeaView i = getIdea();
        return !isSignedIn() && i != null && i.status() != Status.DRAFT && !i.status().isFinal();
    }

    public boolean isModerator() {
        CitizenRef viewer = Faces.viewer();
        return viewer != null && (viewer.has(Role.MODERATOR) || viewer.has(Role.ADMINISTRATOR));
    }

    /** Whether the viewer may still support it: filed by someone else, not closed. */
    public boolean isSupportable() {
        Views.IdeaView i = getIdea();
        return i != null && !i.mine() && i.status() != Status.DRAFT && !i.status().isFinal();
    }

    /** Filed and not withdrawn: open to supports, follows, comments and reports. */
    public boolean isListed() {
        Views.IdeaView i = getIdea();
        return i != null && !Status.UNLISTED.contains(i.status());
    }

    /** Whether its author may still change or withdraw it (see {@link Status#CHANGEABLE_BY_AUTHOR}). */
    public boolean isChangeable() {
        Views.IdeaView i = getIdea();
        return i != null && i.mine() && i.status().isChangeableByAuthor();
    }

    public boolean isAnswerable() {
        Views.IdeaView i = getIdea();
        return i != null && i.mine() && i.status() == Status.INFORMATION_REQUESTED;
    }

    /** Authors of duplicates joined to this idea, credited with it. */
    public String getCredited() {
        return String.join(", ", getIdea().credited());
    }

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    /** Loaded by the view action on display, and here on a form's postback (view actions do not run then). */
    public Views.IdeaView getIdea() {
        id = Faces.id(id, "id");
        if (idea == null && id > 0 && !tried) {
            load();
        }
        return idea;
    }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public String getAnswer() { return answer; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public void setAnswer(String answer) { this.answer = answer; }
}
