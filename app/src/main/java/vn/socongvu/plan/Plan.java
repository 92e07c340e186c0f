package vn.socongvu.plan;

import java.time.LocalDate;
import java.util.List;

/** A plan (kế hoạch) of the committee: its number once issued, title, bases, purposes, recipients, signer. */
public record Plan(long id, int year, String number, LocalDate issuedOn, String title, List<String> legalBases,
                   String purposes, List<String> recipients, Long signerId, PlanStatus status, boolean archived) {

    public record Draft(Long id, Integer year, String title, List<String> legalBases, String purposes,
                        List<String> recipients, Long signerId) {
    }
}
