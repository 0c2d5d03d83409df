# Stem-cell transplant from a donor (allogeneic HSCT), shown to compare with gene therapy.
# Plain language, reading age about 12. Keys as in ex-vivo.ftl; sources for each key are
# set in content/pathways/hsct.toml. Glossary terms: [[term-id]] or [[term-id|words shown]].

pathway-hsct = Stem-cell transplant from a donor
    .short = Stem cells from a donor
    .summary = Healthy blood stem cells from another person, a donor, are given to you and settle in your bone marrow: shown here to compare with gene therapy.

## References this pathway adds (from sources/facts.md)

source-nyp = NewYork-Presbyterian (hospital patient information)
    .short = NewYork-Presbyterian
source-bluebird = bluebird bio (gene therapy company, patient information)
    .short = bluebird bio
source-nmdp-dkms = NMDP (U.S. National Marrow Donor Program) figures, as cited by DKMS
    .short = NMDP figures via DKMS
source-nmdp = NMDP / Be The Match (patient information on transplant)
    .short = NMDP / Be The Match
source-haematologica-2002 = Haematologica, volume 87, issue 3 (2002), medical journal
    .short = Haematologica (2002)

## At a glance (each answer at most 40 words; sources in content/pathways/hsct.toml, [glance])

glance-hsct =
    .time = It depends on finding a matched donor, and the sources give no typical time. After the transplant, the first 100 days are the time of closest care, and check-ups go on after that.
    .hospital = The sources give no figure for the hospital stay. The donor's cells take about 10 to 21 days to start making blood cells, or up to about 6 weeks for cord blood.
    .risks = Graft rejection and GVHD, both more likely with a partly matched donor. In 2002 figures, acute GVHD affected about 40 to 50% of recipients. Also infections, side effects of conditioning, and often long-term immune-calming medicines.
    .who = People with a suitable donor. About 30% of patients have a matched donor in the family; registry chances differ by ancestry. The IDF says a transplant can be used for any primary immunodeficiency.
    .works = The sources give no success rates for transplants, so this is a question for the care team. They do say that rejection and GVHD are more likely with a partly matched donor.

## 1. Donor search and matching

step-hsct-donor-search = Finding a matched donor
    .lead = A [[transplant|stem-cell transplant]] gives a person healthy [[stem-cell|blood stem cells]] from someone else, called a [[donor]]. The donor's cells need to match the patient's [[hla|tissue type]] as closely as possible. With a partly matched donor, the risk is high that the body rejects the new cells or that they attack the body. The donor can be a brother or sister, a parent, or an unrelated volunteer found through a donor [[registry]].
fact-hsct-donor-search-sibling = Each brother or sister with the same two parents has a 25% chance (1 in 4) of being a full match. About 30% of patients have a matched donor in their family.
fact-hsct-donor-search-registry = On the NMDP donor registry, the chance of a fully matched unrelated donor, meaning one with the same [[hla|tissue type]] as the patient, differs by ancestry: about 79% for White patients, 60% Native American, 48% Hispanic, 47% Asian or Pacific Islander, 29% Black.
fact-hsct-donor-search-partial = A partly matched donor, such as a parent or an unrelated volunteer, may be possible. Then the risk is high that the new cells are rejected or attack the body.
fact-hsct-donor-search-no-donor = When no suitable donor can be found, stem-cell (ex vivo) gene therapy may be another option for some primary immunodeficiencies, often in a [[clinical-trial|clinical trial]].
diagram-hsct-donor-search =
    .title = Looking for a match
    .desc = On the left, a patient, with one of their cells shown large above them: purple, with three tissue-type markers on its surface, a triangle, a square and a circle. On the right, three cards from a donor registry, each with an orange donor cell. Only the middle card's markers are the same as the patient's, and it has a tick. The other two cards are faded and crossed out.
    .frame-1 = The patient's cell has three markers: a triangle, a square and a circle.
    .frame-2 = Cards of three possible donors come up out of the registry.
    .frame-3 = Two donors' markers differ from the patient's, so their cards are crossed out.
    .frame-4 = The middle donor's markers match the patient's, so that card gets a tick.

## 2. Collecting the donor's cells

step-hsct-donor-collection = Collecting the donor's cells
    .lead = Once a [[donor]] is chosen, their [[stem-cell|blood stem cells]] are collected. They can come from the donor's [[bone-marrow|bone marrow]], the soft tissue inside bones, or from their blood. A third source is [[cord-blood|cord blood]], the blood in a newborn baby's umbilical cord. Stem-cell (ex vivo) gene therapy collects a person's own cells in these same ways. The difference is whose cells they are.
fact-hsct-donor-collection-where-from = Stem cells for a [[transplant]] can be taken from bone marrow, from the bloodstream, or from umbilical cord blood.
fact-hsct-donor-collection-hip = Bone marrow is taken from the hip bone with a large needle. Stem-cell (ex vivo) gene therapy uses the same method to collect a person's own marrow.
fact-hsct-donor-collection-cord-slower = Stem cells from cord blood take longer to settle in after the transplant: up to about 6 weeks, against 10 to 21 days for cells from marrow or blood.
fact-hsct-donor-collection-two-people = In stem-cell (ex vivo) gene therapy, the patient is both the donor and the person who gets the cells. In a transplant, these are two different people.
diagram-hsct-donor-collection =
    .title = Where the donor's cells come from
    .desc = On the left, the donor, wearing a badge of an orange donor cell. Beside them are three sources of stem cells: a bone with marrow inside, a blood vessel, and a small bag of umbilical cord blood with a coiled cord. Arrows from all three lead to one bag of the donor's cells, shown in orange.
    .frame-1 = Stem cells can come from bone marrow, from blood or from cord blood.
    .frame-2 = Cells from any of the three are collected and move towards the bag.
    .frame-3 = The collected cells fill one bag of the donor's cells, in orange.

## 3. Conditioning

step-hsct-conditioning = Making room: conditioning
    .lead = Before the [[transplant]], the patient has [[conditioning]]. This can be [[chemotherapy]], strong medicine that clears cells out of the [[bone-marrow|bone marrow]], or other medicines that calm the [[immune-system|immune system]]. It makes room for the [[donor]]'s [[stem-cell|stem cells]] to settle and grow. For primary immunodeficiencies, a transplant from an unrelated donor usually needs stronger conditioning than stem-cell gene therapy.
fact-hsct-conditioning-why = Conditioning makes sure there is enough room in the bone marrow for the new stem cells to grow and divide.
fact-hsct-conditioning-medicines = Conditioning can be chemotherapy, or other medicines that damp down the immune system, called [[immunosuppression|immunosuppressants]].
fact-hsct-conditioning-more = For primary immunodeficiencies, stem-cell (ex vivo) gene therapy usually needs less chemotherapy than a transplant from an unrelated donor. Some people having it need no conditioning at all.
diagram-hsct-conditioning =
    .title = Conditioning
    .desc = A drip bag of chemotherapy hangs on a stand, its line running into the patient's arm. In the bone beside it, the patient's own marrow cells, in purple, fade, and empty spaces open up for the donor's cells.
    .frame-1 = The patient's own purple cells fill the bone marrow.
    .frame-2 = Chemotherapy runs from the drip bag into the arm.
    .frame-3 = The purple cells fade, and empty spaces open up for the donor's cells.

## 4. Infusion: the transplant day

step-hsct-infusion = Transplant day: the donor's cells go in
    .lead = On the day of the [[transplant]], the [[donor]]'s [[stem-cell|stem cells]] are given through a drip into a vein. This is called an [[infusion]]. Conditioning has made room for them in the [[bone-marrow|bone marrow]], where they are meant to settle and grow (see the next step). The times in the next steps, such as the first 100 days, are counted from this day.
fact-hsct-infusion-drip = The cells go in through a simple drip into a vein, called an IV infusion, just as in stem-cell (ex vivo) gene therapy.
fact-hsct-infusion-whose-cells = The infusion looks the same in both treatments. What differs is whose cells are in the bag: a donor's here, the person's own in stem-cell (ex vivo) gene therapy.
fact-hsct-infusion-counting = The first 100 days after the transplant, when care is closest, start on the day of the infusion.
diagram-hsct-infusion =
    .title = Transplant day
    .desc = A bag of the donor's cells, in orange, hangs on a drip stand beside the patient. A line carries them into a vein in the patient's arm, and orange donor cells travel along the vein. A calendar beside it has its first day marked: the count of days starts here.
    .frame-1 = A bag of the donor's orange cells hangs on the drip stand.
    .frame-2 = The cells run down the line into a vein in the arm.
    .frame-3 = They travel along the vein, and the calendar marks the first day.

## 5. Engraftment, rejection and GVHD

step-hsct-engraftment = Engraftment, and two risks
    .lead = Over the next weeks, the [[donor]]'s [[stem-cell|stem cells]] settle in the [[bone-marrow|bone marrow]] and start to make new blood cells. This is called [[engraftment]]. Two problems can happen. In [[graft-rejection|graft rejection]], the patient's body rejects the new cells or fails to accept them. In [[gvhd|graft-versus-host disease (GVHD)]], cells from the donor attack the patient's body.
fact-hsct-engraftment-timing = Engraftment takes about 10 to 21 days for stem cells from bone marrow or blood, and up to about 6 weeks for [[cord-blood|cord blood]].
fact-hsct-engraftment-partial-match = Both problems are more likely with a partly matched donor. Stem-cell (ex vivo) gene therapy uses a person's own cells, so there are no donor cells to reject and no GVHD. Its changed cells can still, rarely, fail to take hold.
fact-hsct-engraftment-gvhd-figures = In figures from 2002, acute GVHD affected about 40 to 50% of [[transplant]] recipients. How often it happens depends on the donor and on the steps taken to prevent it.
diagram-hsct-engraftment =
    .title = Engraftment
    .desc = Inside a bone, orange donor stem cells settle in the marrow, and new blood cells flow out into a blood vessel below. On the right is a chart with a scale of weeks, marked 0 to 6. A bar from 10 to 21 days sits beside a blood drop, for cells from marrow or blood. A longer bar reaching 6 weeks sits beside a coiled cord, for cord blood. Last, below the vessel, orange donor cells go for one of the patient's purple cells, a reminder of GVHD, when donor cells attack the patient's body.
    .frame-1 = The donor's cells are in a blood vessel below the bone.
    .frame-2 = They settle in the marrow, and new blood cells flow out.
    .frame-3 = The chart shows cord blood cells settle more slowly than marrow or blood cells.
    .frame-4 = Donor cells go for one of the patient's cells. This is GVHD, which some patients get: donor cells attack the body.

## 6. The first 100 days

step-hsct-first-100-days = The first 100 days
    .lead = The first 100 days after the [[transplant]] are a time of close care. The care team watches carefully for infections and for signs of [[gvhd|GVHD]]. They also check that the [[donor]]'s cells are working. People who have a donor transplant usually take [[immunosuppression|immunosuppressants]], medicines that calm the [[immune-system|immune system]]. Stem-cell gene therapy with a person's own cells does not need these long term.
fact-hsct-first-100-days-watch = During the first 100 days, doctors keep a close eye out for infections and for GVHD.
fact-hsct-first-100-days-working = Doctors also look for other problems, and for signs that the new cells are doing their job.
fact-hsct-first-100-days-immunosuppressants = After a donor transplant, immunosuppressants are often needed for a long time. With stem-cell (ex vivo) gene therapy, which uses a person's own cells, long-term immunosuppressants are not needed.
diagram-hsct-first-100-days =
    .title = The first 100 days
    .desc = A calendar of 100 small squares, ten rows of ten, with the first day marked. Beside it, the patient with two capsules of medicine below them, and a member of the care team wearing a badge.
    .frame-1 = The calendar starts on transplant day, the first square.
    .frame-2 = Days go by, and the patient takes medicines that calm the immune system.
    .frame-3 = The care team keeps a close watch as the days pass.

## 7. Long-term follow-up, and the comparison with gene therapy

step-hsct-long-term = Later on, and how gene therapy differs
    .lead = Check-ups go on after the first 100 days. Doctors watch for late problems, such as long-lasting [[gvhd|GVHD]], and make sure the new cells keep working. Stem-cell (ex vivo) gene therapy follows a similar path, with [[stem-cell|blood stem cells]], an [[infusion]] and often [[conditioning]]. The big difference is whose cells are used. It uses the person's own cells, not a [[donor]]'s.
fact-hsct-long-term-own-cells = Stem-cell (ex vivo) gene therapy works with the person's own stem cells. So no donor search is needed, there is no GVHD, and there are no donor cells for the body to reject. The changed cells can still, rarely, fail to take hold.
fact-hsct-long-term-less-conditioning = Stem-cell (ex vivo) gene therapy may still need conditioning. For primary immunodeficiencies, a [[transplant]] from an unrelated donor usually needs stronger conditioning than gene therapy.
fact-hsct-long-term-any-type = The IDF says a transplant can be used to treat any primary immunodeficiency, a group of immune conditions. Stem-cell (ex vivo) gene therapy needs a [[vector]] or editing tool made for each type, and only works when one known gene is the cause.
fact-hsct-long-term-chronic = Chronic, long-lasting GVHD can affect people long after the transplant. In figures from 2002, it affected about 30 to 60% of long-term survivors, depending on the donor and on prevention.
diagram-hsct-long-term =
    .title = Transplant and gene therapy side by side
    .desc = On the left, a transplant: an orange cell passes from a donor to the patient, and capsules of medicine keep going to the patient. On the right, stem-cell gene therapy: one person's own purple cell goes out, comes back green after its gene is changed, and the medicine capsule below is faded and crossed out.
    .frame-1 = Left, a donor's orange cell; right, a person's own purple cell.
    .frame-2 = The donor's cell passes to the patient, and the purple cell is taken out.
    .frame-3 = The person's own cell comes back green, after its gene is changed.
    .frame-4 = Long-term immune-calming medicines go on after the transplant; gene therapy's capsule is crossed out.
