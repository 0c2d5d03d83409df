# The side-by-side comparison of ex vivo gene therapy, in vivo gene therapy and a
# stem-cell transplant from a donor (HSCT). Plain language, reading age about 12.
# Keys: compare-<row> is the question; compare-<row>-<pathway> is the answer (at most
# 35 words). Where a cell is marked `na` in content/compare.toml, the widget shows
# "Not applicable" first and the text says briefly why. Sources: content/compare.toml.
# Glossary terms: [[term-id]] or [[term-id|words shown]], in answers only.

## References this file adds (from sources/facts.md)

source-list-prices = News reports of the list prices of gene therapies (2023)
    .short = News reports of list prices

## Whose cells

compare-whose-cells = Whose cells are used?
compare-whose-cells-ex-vivo = Your own blood stem cells. They are collected, changed in a lab and then given back to you. For CAR-T, also ex vivo, your own immune cells are used instead.
compare-whose-cells-in-vivo = Your own cells, changed where they are inside your body by a [[vector]]. No cells are taken out.
compare-whose-cells-hsct = Blood stem cells from another person, the [[donor]]. This can be a brother or sister, a parent or an unrelated volunteer.

## Donor

compare-donor = Is a donor needed?
compare-donor-ex-vivo = No. You are your own donor, so there is no donor search.
compare-donor-in-vivo = No. Only the vector is given, not cells, so nobody has to match you.
compare-donor-hsct = Yes. The donor's [[hla|tissue type]] should match yours as closely as possible. With a partly matched donor, the risks of rejection and GVHD are higher.

compare-match-chance = How likely is a matching donor?
compare-match-chance-ex-vivo = No donor is needed: you are your own donor, so no match has to be found.
compare-match-chance-in-vivo = No donor is needed: no cells are given.
compare-match-chance-hsct = Each full brother or sister has a 1 in 4 chance. For a fully matched unrelated donor (the same [[hla|tissue type]]), registry figures range from about 29% (Black patients) to about 79% (White patients).

## The treatment

compare-where-change = Where is the gene changed?
compare-where-change-ex-vivo = Outside the body. The stem cells are changed in a lab, then given back through a drip into a vein. CAR-T, also ex vivo, changes immune cells in a lab, then gives them back.
compare-where-change-in-vivo = Inside the body. The [[vector]] is given into a vein, the eye, the spinal fluid or an organ, or put on the skin (such as Vyjuvek). It changes cells where they are.
compare-where-change-hsct = No gene is changed: healthy stem cells from a donor are given instead.

compare-conditioning = Is chemotherapy needed first (conditioning)?
compare-conditioning-ex-vivo = Often. Casgevy, Lyfgenia and Zynteglo use full-strength [[chemotherapy]] (for Casgevy, busulfan over several days). Some immune conditions need less or none. Before CAR-T, a short course is given, usually 2–4 days.
compare-conditioning-in-vivo = No new stem cells are given, so no room has to be made in the bone marrow.
compare-conditioning-hsct = Yes, to make room for the donor's cells. For primary immunodeficiencies, a transplant from an unrelated donor usually needs stronger [[conditioning]] than stem-cell gene therapy.

compare-day-zero = What happens on treatment day (Day 0)?
compare-day-zero-ex-vivo = Your changed cells are thawed (if they were frozen) and given back through a drip into a vein.
compare-day-zero-in-vivo = The vector is given. For Zolgensma, a drip of about 60 minutes; for Roctavian, 1–2 hours, says one hospital. Luxturna is injected under the retina during eye surgery.
compare-day-zero-hsct = The donor's stem cells are given through a drip into a vein, just as in ex vivo gene therapy.

## After the treatment

compare-graft-rejection = Can the new cells be rejected, or fail to take hold?
compare-graft-rejection-ex-vivo = Your body does not reject your own cells. But changed cells can be slow to take hold or, rarely, fail to. For Casgevy, Lyfgenia and Zynteglo, unchanged back-up cells are kept and can be given.
compare-graft-rejection-in-vivo = No new cells are given, so there is nothing to reject or to take hold. The body can still react against the vector (see the main risks).
compare-graft-rejection-hsct = Yes. The body may reject the donor's cells or fail to accept them. The risk is high with a partly matched donor, such as a parent or an unrelated donor.

compare-gvhd = Can the new cells attack the body (GVHD)?
compare-gvhd-ex-vivo = No. [[gvhd|GVHD]] comes from a donor's cells attacking the body, and these cells are your own. This does not mean the cells always take hold (see the row above).
compare-gvhd-in-vivo = No donor cells are given, so GVHD cannot happen.
compare-gvhd-hsct = Yes, the donor's cells can attack your body. In 2002 figures, acute [[gvhd|GVHD]] affected about 40–50% of recipients, and chronic GVHD about 30–60% of long-term survivors, depending on donor and prevention.

compare-immunosuppression = Are medicines needed to calm the immune system?
compare-immunosuppression-ex-vivo = No long-term [[immunosuppression|immunosuppressants]] are needed, because the cells are your own.
compare-immunosuppression-in-vivo = Sometimes, to calm the body's reaction to the vector. For Zolgensma, a steroid called prednisolone starts 24 hours before the infusion.
compare-immunosuppression-hsct = Yes. [[immunosuppression|Immunosuppressants]], medicines that calm the immune system, are often needed for a long time after a donor transplant.

compare-hospital = How long in hospital?
compare-hospital-ex-vivo = For Casgevy, about 4–6 weeks in all, says one hospital; most stay 3–5 weeks after the cells go back. After CAR-T, people stay near the treating centre for at least 2 weeks.
compare-hospital-in-vivo = One health library says most are outpatient visits; some need a stay. Roctavian: a 1–2 hour drip, then at least 3 hours of watching (one hospital). Luxturna needs eye surgery; Vyjuvek is put on weekly.
compare-hospital-hsct = It varies; the sources give no single figure for the stay. The first 100 days after the transplant are a time of close care.

compare-time-to-treatment = How long from deciding to treatment day?
compare-time-to-treatment-ex-vivo = Months for stem-cell products: for Casgevy, transfusions start about 2 months before collection, and making the cells takes several months. For CAR-T, making the cells takes about 3–4 weeks.
compare-time-to-treatment-in-vivo = It varies by product; the sources give no single figure. Tests come first, for example for antibodies that could block the vector.
compare-time-to-treatment-hsct = It depends on finding a matched donor; the sources give no typical time. About 30% of patients have a matched donor in their family.

compare-starts-working = When might it start to help?
compare-starts-working-ex-vivo = It differs by product and condition. Cells taking hold, after some weeks, is only a first step, not the condition improving. For primary immunodeficiencies, a new immune system builds over about 2–3 months.
compare-starts-working-in-vivo = Slowly, over weeks to months, and it differs from person to person. For Hemgenix, it can take a few weeks before the effect shows.
compare-starts-working-hsct = The sources do not say when the condition improves. The donor's cells start making blood cells after about 10–21 days (marrow or blood), or up to about 6 weeks (cord blood).

## Risks

compare-main-risks = What are the main risks?
compare-main-risks-ex-vivo = Stem-cell products: strong chemotherapy (infections, bleeding, infertility, later cancers); cells may, rarely, fail to take hold; blood cancer with Lyfgenia (boxed warning). CAR-T: strong immune reactions, nerve problems and, on some labels, new blood cancers.
compare-main-risks-in-vivo = The immune system may react to the [[vector]], usually mildly, like flu. Serious reactions are uncommon: Zolgensma's label warns of serious liver injury and acute liver failure, including deaths. The vector may reach other cells.
compare-main-risks-hsct = [[graft-rejection|Graft rejection]], [[gvhd|GVHD]], infections, and side effects of conditioning chemotherapy. Doctors watch closely for infections and GVHD in the first 100 days.

compare-infection = How high is the risk of infection?
compare-infection-ex-vivo = High while blood counts are low. One patient website says that after sickle cell gene therapy the risk stays high for about 6 months.
compare-infection-in-vivo = The vector is changed so it should not cause infection, but Mayo Clinic notes a virus might become able to cause disease again.
compare-infection-hsct = Infection is a main worry: doctors watch closely for it in the first 100 days. The sources give no figure for how long the risk lasts.

compare-cancer-risk = Can the new gene cause cancer?
compare-cancer-risk-ex-vivo = With some vectors, yes ([[insertional-oncogenesis|insertional oncogenesis]]): mostly older gammaretroviral ones, but also Lyfgenia's (boxed warning). Casgevy edits DNA instead; its label names a possible off-target editing risk. Some CAR-T labels warn of new blood cancers.
compare-cancer-risk-in-vivo = Genes from [[aav|AAV]] vectors, used by Zolgensma and Roctavian, usually stay outside the chromosomes, as small DNA circles ([[episome|episomes]]). Very rarely, a gene may go into the wrong place in the DNA.
compare-cancer-risk-hsct = No vector is used, so no new gene is put into the chromosomes.

## What it can and cannot do

compare-can-treat = What can it treat?
compare-can-treat-ex-vivo = Conditions of blood-forming cells caused by one known gene, such as sickle cell disease or beta thalassemia (Casgevy treats both). [[car-t|CAR-T]], also ex vivo, changes immune cells to fight some blood cancers.
compare-can-treat-in-vivo = Conditions of the cells the vector reaches: for example the retina (Luxturna), nerve cells that control muscles (Zolgensma) or the liver (Hemgenix).
compare-can-treat-hsct = The IDF says it can be used for any primary immunodeficiency, a group of immune conditions. It needs no vector or editing tool made for one gene.

compare-cannot-do = What can it not do?
compare-cannot-do-ex-vivo = It fixes only cells made from blood stem cells. For immune conditions, the IDF says it cannot undo earlier damage. Eggs and sperm are not changed, so the faulty gene can still be passed on.
compare-cannot-do-in-vivo = Eggs and sperm are usually not changed, so children can still inherit the faulty gene. In cells the body replaces quickly, the effect may fade.
compare-cannot-do-hsct = The IDF says some limits are shared with gene therapy, without naming them. Gene therapy's include not undoing earlier damage and not changing eggs or sperm; ask the care team which apply to a transplant.

## Follow-up and cost

compare-follow-up = How long do check-ups go on?
compare-follow-up-ex-vivo = Many years. For vectors that build their gene into the chromosomes, about 15 years. For Lyfgenia, blood counts should be checked for life.
compare-follow-up-in-vivo = Zolgensma: liver tests before and for at least 3 months after (boxed warning: serious liver injury and acute liver failure). Roctavian: weekly blood tests for at least 26 weeks (one hospital). Some are followed longer.
compare-follow-up-hsct = Closest in the first 100 days. Check-ups go on after that, for example for long-lasting GVHD; the sources give no set length.

compare-cost = What does it cost?
compare-cost-ex-vivo = List prices in 2023, from news reports: about $2.2 million for Casgevy and about $3.1 million for Lyfgenia. What a person pays depends on their insurance.
compare-cost-in-vivo = It varies by product; the sources give no single figure. Gene therapies are among the most expensive medicines, and cost can be a major barrier.
compare-cost-hsct = The sources give no cost figure for a transplant.
