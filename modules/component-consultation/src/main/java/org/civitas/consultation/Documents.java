package org.civitas.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.civitas.spi.AuditTrail;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.Refusal;
import org.civitas.spi.TextInput;

/**
 * The documents a directorate attaches to its consultation: PDF only, known from the bytes (never from the name or
 * the declared type), no larger than the instance's {@code document_max_mb}. Whoever reads the consultation reads
 * them (a draft's, its directorate alone); lists never load the bytes.
 */
@ApplicationScoped
public class Documents {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    /** A document as downloaded. */
    public record Download(String fileName, byte[] content) {
    }

    @PersistenceContext(unitName = "consultation")
    EntityManager em;
    @Inject
    Consultations consultations;
    @Inject
    AuditTrail audit;

    /** Attaches a PDF read from {@code in}, refused when too large or not a PDF. */
    @Transactional
    public TextViews.DocumentView attach(CitizenRef agent, long consultationId, String title, String fileName, InputStream in) {
        Consultation consultation = consultations.locked(agent, consultationId);
        consultations.requireDirectorate(agent, consultation, "open");
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty() || TextInput.check(cleanTitle, false, ConsultationDesk.TITLE_MAX).isPresent()) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "document.title", ConsultationDesk.TITLE_MAX);
        }
        int max = ConsultationComponent.documentMaxBytes(consultations.instance(agent, consultation));
        byte[] bytes = read(in, max);
        if (!isPdf(bytes)) {
            throw Texts.refusal(Refusal.Kind.UNSUPPORTED_MEDIA_TYPE, "document.not-pdf");
        }
        Document document = new Document(consultationId, cleanTitle, fileName(fileName, cleanTitle), bytes, Instant.now());
        em.persist(document);
        em.flush();
        audit.record(agent, "consultation.document-attached", "consultation", Long.toString(consultationId), null,
                document.getFileName());
        return new TextViews.DocumentView(document.getId(), document.getTitle(), document.getFileName(),
                document.getSizeBytes(), document.getUploadedAt());
    }

    /** The documents, newest last, without their bytes. */
    @Transactional
    public List<TextViews.DocumentView> list(CitizenRef viewer, long consultationId) {
        consultations.readable(viewer, consultationId);
        return em.createQuery("SELECT d.id, d.title, d.fileName, d.sizeBytes, d.uploadedAt FROM Document d "
                        + "WHERE d.consultationId = :c ORDER BY d.uploadedAt, d.id", Object[].class)
                .setParameter("c", consultationId).getResultList().stream()
                .map(r -> new TextViews.DocumentView((Long) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(), instant(r[4])))
                .toList();
    }

    /** A document's bytes, for whoever reads its consultation. */
    @Transactional
    public Download download(CitizenRef viewer, long documentId) {
        Document document = em.find(Document.class, documentId);
        if (document == null) {
            throw Texts.refusal(Refusal.Kind.NOT_FOUND, "document.not-found");
        }
        try {
            consultations.readable(viewer, document.getConsultationId());
        } catch (Refusal hidden) {
            throw Texts.refusal(Refusal.Kind.NOT_FOUND, "document.not-found");
        }
        return new Download(document.getFileName(), document.getContent());
    }

    /** Removes a document while the consultation is a draft: once public, what people read stays. */
    @Transactional
    public void remove(CitizenRef agent, long documentId) {
        Document document = em.find(Document.class, documentId);
        if (document == null) {
            throw Texts.refusal(Refusal.Kind.NOT_FOUND, "document.not-found");
        }
        Consultation consultation = consultations.locked(agent, document.getConsultationId());
        consultations.requireDirectorate(agent, consultation, "open");
        if (consultation.getStatus() != Consultation.Status.DRAFT) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "document.published");
        }
        em.remove(document);
    }

    static boolean isPdf(byte[] bytes) {
        return bytes.length >= PDF.length && Arrays.equals(bytes, 0, PDF.length, PDF, 0, PDF.length);
    }

    /** The name a download is saved under: letters, digits, dots, dashes and underscores, ending in {@code .pdf}. */
    static String fileName(String given, String title) {
        String base = given == null || given.isBlank() ? title : given.strip();
        base = base.replaceAll("(?i)\\.pdf$", "");
        String safe = java.text.Normalizer.normalize(base, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("\\.{2,}", ".").replaceAll("^[-.]+|[-.]+$", "");
        if (safe.isEmpty()) {
            safe = "document";
        }
        return (safe.length() > 150 ? safe.substring(0, 150) : safe) + ".pdf";
    }

    private static Instant instant(Object cell) {
        return cell instanceof java.sql.Timestamp t ? t.toInstant() : (Instant) cell;
    }

    private static byte[] read(InputStream in, int max) {
        if (in == null) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "document.empty");
        }
        try (in) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                throw Texts.refusal(Refusal.Kind.BAD_INPUT, "document.too-large", max / (1024 * 1024));
            }
            if (bytes.length == 0) {
                throw Texts.refusal(Refusal.Kind.BAD_INPUT, "document.empty");
            }
            return bytes;
        } catch (IOException cut) {
            // The client went away mid-upload, or sent more than the server lets through (64 MB).
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "document.too-large", max / (1024 * 1024));
        }
    }
}
