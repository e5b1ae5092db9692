package com.naltrexone.billing.cost.boundary;

import com.naltrexone.billing.cost.entity.DoseCost;
import com.naltrexone.billing.platform.entity.JobLock;
import com.naltrexone.billing.remittance.boundary.ClaimPaymentPosted;
import com.naltrexone.billing.remittance.boundary.RemittanceImported;
import com.naltrexone.billing.remittance.boundary.Remittances;
import com.naltrexone.billing.remittance.entity.ClaimPayment;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The queue of posted 835 claim payments whose money cost of access has not followed yet: every
 * posting to one of our claims without its {@link DoseCost} row. The row is written in the same
 * transaction as everything {@link PaymentFollowUp} does, so it marks the posting as followed
 * exactly once.
 *
 * <p>Nothing here runs inside an import: after an import commits ({@link RemittanceImported},
 * observed after success) the queue is drained asynchronously, {@value #PAGE} postings per
 * transaction, so a 50,000-claim 835 posts at the importer's speed and its follow-up never rolls it
 * back. A minute timer drains whatever an interrupted drain left (the server killed after the
 * import's commit, a page that failed): nothing is lost. Drains on several threads or instances
 * take turns on the {@code payment-follow-up} row of {@code job_lock}.
 *
 * <p>A page that fails is followed again one posting per transaction; a posting that fails alone is
 * logged by id and stays in the queue for the next drain.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PaymentFollowUpQueue {

  static final int PAGE = 200;

  /** Postings to one of our claims that have no cost row yet (the queue). */
  private static final String WAITING =
      " from ClaimPayment p where p.claimId is not null and p.outcome not in :notPosted"
          + " and not exists (select d.id from DoseCost d where d.postingId = p.id)";

  private static final Logger LOG = Logger.getLogger(PaymentFollowUpQueue.class.getName());

  @PersistenceContext EntityManager em;
  @EJB Remittances remittances;
  @EJB PaymentFollowUp followUp;
  @EJB PaymentFollowUpQueue self;

  /** After an import committed: follow its postings without making the importer wait. */
  public void imported(@Observes(during = TransactionPhase.AFTER_SUCCESS) RemittanceImported e) {
    if (e.claimsPosted() > 0) {
      self.drainLater();
    }
  }

  @Asynchronous
  public void drainLater() {
    drain();
  }

  /** Every minute: whatever an interrupted or failed drain left. */
  @Schedule(minute = "*", hour = "*", persistent = false, info = "payment-follow-up")
  void sweep() {
    drain();
  }

  /** Follows every posting in the queue; answers how many were followed. */
  public int drain() {
    long after = 0;
    int followed = 0;
    while (true) {
      Page page;
      try {
        page = self.page(after);
      } catch (EJBException e) {
        page = self.onePerTransaction(after);
      }
      followed += page.followed();
      if (page.size() == 0) {
        break;
      }
      after = page.last();
    }
    if (followed > 0) {
      int count = followed;
      LOG.info(() -> count + " posted claim payments followed up");
    }
    return followed;
  }

  /** A page of the queue: how many were found, how many followed, the last id seen. */
  public record Page(int size, int followed, long last) {}

  /** Follows the next page after posting id {@code after} in one transaction. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Page page(long after) {
    List<Long> ids = waiting(after);
    List<ClaimPaymentPosted> postings = remittances.postings(ids);
    postings.forEach(followUp::follow);
    return new Page(ids.size(), postings.size(), ids.isEmpty() ? after : ids.get(ids.size() - 1));
  }

  /** The same page, each posting in its own transaction; a failure is logged and skipped. */
  public Page onePerTransaction(long after) {
    List<Long> ids = self.waitingNow(after);
    int followed = 0;
    for (Long id : ids) {
      try {
        followed += self.one(id);
      } catch (EJBException e) {
        LOG.log(
            Level.WARNING,
            "follow-up of posted claim payment "
                + id
                + " failed; it stays in the queue: "
                + e.getCausedByException(),
            (Throwable) null);
      }
    }
    return new Page(ids.size(), followed, ids.isEmpty() ? after : ids.get(ids.size() - 1));
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> waitingNow(long after) {
    return waiting(after);
  }

  /**
   * One posting in its own transaction ({@link PaymentFollowUp#follow} ignores one already seen).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int one(long postingId) {
    em.find(JobLock.class, JobLock.PAYMENT_FOLLOW_UP, LockModeType.PESSIMISTIC_WRITE);
    List<ClaimPaymentPosted> postings = remittances.postings(List.of(postingId));
    postings.forEach(followUp::follow);
    return postings.size();
  }

  /** How many postings wait to be followed (health, tests, the benchmark). */
  public long waitingCount() {
    return em.createQuery("select count(p)" + WAITING, Long.class)
        .setParameter("notPosted", ClaimPayment.NOT_POSTED)
        .getSingleResult();
  }

  /** Takes the follow-up's turn (until commit), then the next page of unfollowed postings. */
  private List<Long> waiting(long after) {
    em.find(JobLock.class, JobLock.PAYMENT_FOLLOW_UP, LockModeType.PESSIMISTIC_WRITE);
    return em.createQuery("select p.id" + WAITING + " and p.id > :after order by p.id", Long.class)
        .setParameter("after", after)
        .setParameter("notPosted", ClaimPayment.NOT_POSTED)
        .setMaxResults(PAGE)
        .getResultList();
  }
}
