# Teacher notes for the explainer: for each step of each pathway, what the picture and
# words simplify or leave out, and questions to ask a class. Plain language, for a
# secondary-school or first-year university class. Builds on docs/content-notes.md; every
# claim rests on sources/ or on the widget's own content. Where the sources say
# nothing, a note says what is left out instead of filling the gap.
# Keys: teacher-<name> for the page; teach-<pathway>-<step> with .simplifies, .ask-1,
# .ask-2 and sometimes .ask-3, each followed by its suggested answer .answer-1, .answer-2…
# (one answer per question, same number). Plain text only: no terms, variables or selectors.

teacher-title = Teacher notes: how gene therapy works
teacher-intro = The explainer walks a class step by step through ex vivo gene therapy, in vivo gene therapy and, for comparison, a stem-cell transplant from a donor. It gives general information, not medical advice for any person. To project it, press "Present" or add mode=present to the link. Move with Page Up and Page Down, the arrow keys or a presenter remote: each step shows its picture first, then its key facts, three at a time. Press B to blank the screen, and use "Copy link" to share the step on screen.
teacher-simplifies = What this step simplifies
teacher-ask = Questions to ask the class
teacher-back = Open this step in the explainer
teacher-contents = Contents
teacher-answer = Suggested answer:
teacher-worksheet = (one printed page for each treatment, a question from each step, with room to write; the answers are in these notes)
worksheet-title = Student worksheet
worksheet-intro = Print this page: each treatment comes out on its own sheet. The suggested answers are in the teacher notes.
worksheet-name = Name: ______________________   Date: ____________

## Ex vivo gene therapy

teach-ex-vivo-assessment =
    .simplifies = Who can have each product depends on its own rules, which the widget does not list, and the rules change: in July 2026 the U.S. approval of Casgevy was widened to children from age 2. Cost is left out here: Mayo Clinic calls cost and insurance a major barrier, and the IDF says these are among the most expensive medicines. August adds that feelings matter too, and that counsellors or support groups can help.
    .ask-1 = For immune conditions, the IDF says gene therapy only works when one known gene is the cause. Why would that be?
    .answer-1 = Gene therapy works by adding a working copy of one particular gene or by editing one particular gene, so the team has to know which gene is at fault. The IDF says a vector or editing tool must be made for each type of condition; if the gene behind it is not known, there is nothing to build that tool for.
    .ask-2 = Why would the care team talk about having children in the future before any cells are collected?
    .answer-2 = A chemotherapy used later in sickle cell gene therapy, busulfan, can make it hard to have children. Talking about it at the very start leaves time to think about saving eggs or sperm before that medicine is given.
    .ask-3 = For Casgevy, one hospital says the whole journey can take about 6 to 12 months. Looking ahead at the steps, which ones do you think take the longest?
    .answer-3 = From the widget's figures, making and testing the cells can take several months at one hospital, and in sickle cell disease transfusions start about 2 months before collection. Recovery is long too: about 4 to 6 weeks in hospital, and one patient website says infection risk stays high for about 6 months, while collection (2 to 3 days a round) and the infusion itself are short by comparison.

teach-ex-vivo-mobilize =
    .simplifies = The widget does not explain how the mobilizing medicine moves stem cells out of the marrow, or why transfusions start about 2 months before collection in sickle cell disease. It says G-CSF is not used in sickle cell disease but not why: the sources give no reason, so do not offer one in class.
    .ask-1 = Blood stem cells normally stay in the bone marrow. Why does it help to bring more of them into the blood before collecting?
    .answer-1 = The machine can only collect the stem cells that are in the blood, and most of them are in the marrow. A medicine that moves more of them into the blood helps enough to be collected; if too few are collected, more rounds may be needed.
    .ask-2 = In vivo gene therapy never moves stem cells into the blood. Why is that not needed there?
    .answer-2 = In vivo gene therapy takes no cells out of the body. The vector is given into the body and changes cells where they are, so there is nothing to collect.

teach-ex-vivo-collect =
    .simplifies = The drawing shows blood leaving the arm for the machine, but not the rest of the set-up. The sources do not describe what happens to the blood once the stem cells are picked out. Only apheresis is drawn: taking marrow from the hip with a needle, and cord blood, appear in the text alone. The unchanged back-up cells kept for Casgevy, Lyfgenia and Zynteglo are not drawn either.
    .ask-1 = For Casgevy, at one hospital, one round of apheresis can mean 6 to 8 hours a day on a machine for 2 to 3 days. What could make that hard for a patient or a family?
    .answer-1 = Good answers mention the long hours on a machine, several days in a row, and that more rounds may be needed if too few cells are collected. That means time away from school or work, for the patient and often for a parent or carer too. Note that the hours and days are one hospital's figures for Casgevy.
    .ask-2 = Why can a person's own cord blood be collected only when they are a newborn baby?
    .answer-2 = Cord blood is the blood in a newborn baby's umbilical cord, and the cord is there only at birth. Later in life, stem cells have to come from the bone marrow or the blood instead.
    .ask-3 = A donor transplant collects stem cells in these same ways. What is the one big difference?
    .answer-3 = Whose cells they are. In a transplant the cells come from another person, a donor, whose tissue type should match the patient's as closely as possible; a partly matched donor brings higher risks of rejection and GVHD. In ex vivo gene therapy the person is their own donor.

teach-ex-vivo-lab =
    .simplifies = Only one method is drawn: a viral vector brings in a gene, which is then built into a chromosome. Gene editing appears in the words only. Casgevy uses CRISPR to change a switch that controls the BCL11A gene, so red cells make fetal hemoglobin again; it does not repair the sickle cell gene, so do not tell the class it does. Lyfgenia and Zynteglo add a beta-globin gene with a lentiviral vector. Older gammaretroviral vectors come up only at the last step.
    .ask-1 = Why are viruses good at carrying genes into cells, and what has to be changed in them first?
    .answer-1 = Viruses are naturally good at getting into cells and bringing genetic material with them, and they can recognize certain kinds of cells. First their own genes are taken out and a human gene is put in, so that they should not cause an infection, although Mayo Clinic still lists infection among the possible risks.
    .ask-2 = A lentiviral vector puts the new gene into a chromosome. Why does that matter for a stem cell that will keep dividing?
    .answer-2 = A gene in a chromosome is copied every time the stem cell divides, so every blood cell it makes from then on carries the new gene, which is why the effect can last. The flip side, covered in the last step, is that where the gene lands in the DNA can matter for cancer risk.
    .ask-3 = What is the difference between adding a working copy of a gene and editing the cell's own gene?
    .answer-3 = Adding a gene puts in a new working copy while the cell's own gene stays as it was, as Lyfgenia and Zynteglo do with a beta-globin gene. Editing changes the cell's own DNA at a chosen place, for example with CRISPR; Casgevy edits a switch for the BCL11A gene so red cells make fetal hemoglobin again, and it does not repair the sickle cell gene.

teach-ex-vivo-test-freeze =
    .simplifies = The widget does not say which tests the cells must pass: the sources only say their quality and safety are checked and that the whole process is tightly controlled. The times are examples: several months for Casgevy at one hospital, about 3 to 4 weeks for the CAR-T product Kymriah.
    .ask-1 = Why might it help to freeze the changed cells instead of giving them back straight away?
    .answer-1 = The cells must be tested before they can go back, and the person still has conditioning to come. Freezing lets the cells be stored until the tests are done and the person is ready; not every product is frozen, and Strimvelis, for example, is given fresh within about 6 hours.
    .ask-2 = Each batch is made from one person's own cells. How does that make it different from a medicine made in a factory for everyone?
    .answer-2 = Each batch is made for one person only, from their own cells, and goes back only to them, so it cannot be taken from a shelf. Every batch has to be made and checked on its own, which takes weeks to months, and sometimes more cells have to be collected first.
    .ask-3 = Making CAR-T cells takes weeks, but Casgevy cells can take months. What could a long wait mean for someone who is ill?
    .answer-3 = The sources do not say what happens to the illness while people wait. A good answer points out that the person still has their condition during those weeks or months and that waiting can be hard; August notes that worry and hope are normal and that counsellors or support groups can help.

teach-ex-vivo-conditioning =
    .simplifies = The picture shows old marrow cells simply fading. The widget names busulfan's main effects from the Casgevy, Lyfgenia and Zynteglo labels: infection risk, low platelets and bleeding, mouth sores, hair loss, infertility, and a later risk of other cancers. It does not give how often each happens. The IDF says conditioning for immune conditions can be chemotherapy or other medicines that calm the immune system, and some people need none.
    .ask-1 = Why do the changed stem cells need room in the bone marrow, and why is there no conditioning step in in vivo gene therapy?
    .answer-1 = The changed stem cells have to settle in the bone marrow and grow there, and conditioning clears space for them. In vivo gene therapy gives no new stem cells, only a vector that changes cells where they are, so no room has to be made.
    .ask-2 = Casgevy uses full-strength chemotherapy, while some immune conditions need little or none. What are the downsides of strong conditioning for the patient?
    .answer-2 = The labels name a higher risk of infection, low platelets so bleeding is more likely, mouth sores, hair loss, infertility, and a risk of other cancers later on. The widget does not say how often each happens, so do not give figures.

teach-ex-vivo-infusion =
    .simplifies = The pictures never show a frozen bag being thawed, and not every product is frozen: the widget says the cells are thawed only if they were frozen. The widget does not say how long the drip takes for stem-cell products; the sources give a time only for CAR-T, about 30 minutes. It names two donor problems the person's own cells avoid; the donor transplant pathway explains them. Avoiding them is not a promise that the cells take hold: that can be slow or, rarely, fail.
    .ask-1 = Why can a person's own changed cells not cause graft-versus-host disease, and why are back-up cells still kept?
    .answer-1 = GVHD happens when a donor's cells attack the body they are given to; these cells are the person's own, so they do not see the body as strange and the body does not attack them. Even so, the changed cells can be slow to take hold or, rarely, fail to, so for Casgevy, Lyfgenia and Zynteglo unchanged back-up cells are kept and can be given.
    .ask-2 = Compare this step with the transplant day in the donor pathway. What is the same, and what is different?
    .answer-2 = The same: the cells go into a vein through a simple drip and are meant to settle in the bone marrow, usually after conditioning (a transplant has it, but for some immune conditions gene therapy needs less or none). Different: whose cells are in the bag, a donor's or the person's own changed cells (thawed if frozen), so only the transplant brings the risks of rejection and GVHD.

teach-ex-vivo-engraftment =
    .simplifies = The widget does not describe how patients are supported while their blood counts are low; the sources do not cover it. If the changed cells settle in slowly or not at all, the labels say the unchanged back-up cells can be given, but not how often this happens. The recovery times come from one Casgevy study in beta thalassemia, the hospital stay from one hospital, and the 6 months of high infection risk from one patient website.
    .ask-1 = Why is infection a serious risk until the new stem cells start making blood cells?
    .answer-1 = Until the new stem cells settle in, blood counts are low, including the white cells that are part of the immune system, the body's defence against germs, and strong chemotherapy such as busulfan itself raises the risk of infection. That is why people stay in hospital and are watched closely; one patient website says the risk stays high for about 6 months after sickle cell gene therapy.
    .ask-2 = Platelets came back later than neutrophils in the Casgevy study. What could go wrong while platelets are low?
    .answer-2 = Platelets help blood clot so that bleeding stops, so while they are low, bleeding is more likely. In that Casgevy study in beta thalassemia, platelets typically took about 6 weeks to come back (about 42 days in adults and 45 in ages 12 to 17). The sources do not say how people are supported during this time.
    .ask-3 = For primary immunodeficiencies, a new immune system takes about 2 to 3 months to build. Why does care go on after the person leaves hospital?
    .answer-3 = The new immune system is still building for weeks after the person goes home, so infections can still be a risk. Doctors also keep watching for complications and for signs that the new cells are working.

teach-ex-vivo-follow-up =
    .simplifies = The widget says newer vectors were made to lower the cancer risk, not that they remove it; keep to that. Lyfgenia, a lentiviral product, carries a boxed warning because blood cancer has occurred after it, and its label advises lifelong blood-count checks. The 15 years applies to vectors that build their gene into chromosomes; no source gives a period for edited cells. The IDF adds a limit: only cells made by blood stem cells change, so effects outside the blood may not be fully treated.
    .ask-1 = Why would doctors keep checking for about 15 years when a vector builds its gene into the chromosomes?
    .answer-1 = The gene stays in the chromosomes for life, and if it landed next to a gene that controls cell growth it could lead to blood cancer, which can show up years later. Long follow-up also shows how long the benefit lasts.
    .ask-2 = After treatment, a person can still pass the faulty gene on to their children. Why?
    .answer-2 = Only the blood-forming cells are changed, not eggs or sperm, so the faulty gene is still there to be passed on. Genetic counselling can help a family understand what this means for them.
    .ask-3 = In one Strimvelis patient, leukemia appeared about 4 years after treatment. What does that suggest about how long check-ups should last?
    .answer-3 = It suggests that problems can appear years after treatment, so check-ups need to go on for years, not just months. It was one person out of 33 treated by 2020, so it shows the risk is real, not how common it is.

## In vivo gene therapy

teach-in-vivo-assessment =
    .simplifies = The widget says some products test for antibodies against the vector but not what level rules a person out; the sources do not say. It sums up other checks as general health. August adds that liver, kidney or heart problems, age, and autoimmune conditions or a weakened immune system can affect the risks or the choice of route.
    .ask-1 = Why might a person who once caught a virus like the vector's virus not be able to have the treatment?
    .answer-1 = After an infection, the body may keep antibodies against that virus. If the vector is made from a similar virus, those antibodies can hold on to it and stop it before it delivers the gene, which is why some products test for them first; the sources do not say what level rules a person out.
    .ask-2 = Luxturna needs enough working cells left in the retina. Why would it not help if those cells are gone?
    .answer-2 = The gene gives instructions to cells that are already there, so it needs living cells in the retina to take it up and use it. If those cells are gone, there is nothing left for the gene to work in, and the aim is to keep useful vision, not to give normal sight.
    .ask-3 = Ex vivo checks include talking about fertility, and in vivo checks include antibody tests. Why does each pathway need its own kind of check?
    .answer-3 = Each check matches a risk of that pathway. Ex vivo products such as Casgevy use busulfan, which can affect fertility, while in vivo treatments send the vector into the body, where antibodies could block it; in ex vivo the vector meets the cells in a lab dish, and the sources do not say whether antibodies matter there.

teach-in-vivo-vector =
    .simplifies = The widget does not explain how a vector is built or chosen for its target cells, and the sources do not go into it. Changed bacteria, which the FDA lists as possible carriers, are named in the words but not drawn. Mayo Clinic also counts stem cells among carriers being studied; the in vivo steps leave that out.
    .ask-1 = Why are viruses used as carriers, even though viruses normally make people ill?
    .answer-1 = Viruses are naturally good at getting into cells and bringing genes in, and they can recognize certain kinds of cells. They are changed first, with their own genes taken out, so they should not make people ill but can still deliver the gene.
    .ask-2 = The widget says a changed virus should not cause disease, not that it cannot. Why do you think it is careful with that word?
    .answer-2 = Because the sources do not rule it out: Mayo Clinic lists as a risk that a changed virus, once inside the body, might become able to cause disease again. A careful explainer does not promise more than the evidence supports.
    .ask-3 = What has to be taken out of a virus before it can be a vector, and what must it keep?
    .answer-3 = The virus's own genes are taken out and replaced with a human gene, so it should no longer cause an infection. It must keep the empty shell's ability to get into cells and carry genes into them.

teach-in-vivo-preparation =
    .simplifies = The general step gives only Zolgensma's steroid start, 24 hours before, and the clock in the picture shows that timing. Products differ, as their notes say: Luxturna's steroid starts 3 days before each eye, Roctavian's may come only afterwards, Hemgenix needs none beforehand, and the sources describe none for Vyjuvek. The widget does not name medicines other treatments pause. The calm immune cell in the picture is a symbol: reactions can still happen, usually mild and flu-like; serious ones are uncommon.
    .ask-1 = Why would doctors start a steroid before the vector is given, instead of waiting to see if a reaction happens?
    .answer-1 = The immune system may attack the vector, and for Zolgensma that reaction can harm the liver, which can be serious. Starting the steroid 24 hours before means it is already being taken when the vector arrives; the sources do not explain the timing further, and products differ (Roctavian's steroid may come only afterwards, Hemgenix needs none beforehand).
    .ask-2 = Ex vivo preparation can mean chemotherapy; here it can mean a steroid. What is each one getting the body ready for?
    .answer-2 = Chemotherapy makes room in the bone marrow so that the changed stem cells can settle and grow. A steroid calms the immune system so that it is less likely to attack the vector.
    .ask-3 = Why might feelings such as worry or hope matter before a treatment that is usually given only once?
    .answer-3 = It is a big decision, usually made once, and results differ from person to person, so hopes and worries can run high. August says feeling anxious or hopeful is normal, and the care team can put people in touch with counsellors or support groups.

teach-in-vivo-delivery =
    .simplifies = The picture shows five routes at once, but a treatment uses the route that reaches its target cells. Breathing the vector in is a route August lists that is not drawn. The widget gives little detail about Luxturna's eye surgery beyond the gap between the eyes and the flying rule, and gives no doses.
    .ask-1 = Why would a treatment for the retina be injected under the retina instead of into a vein?
    .answer-1 = The route is chosen to reach the cells that need the gene, and injecting it under the retina puts the vector right next to those cells. A drip into a vein would carry it around the whole body, where it could also get into other cells.
    .ask-2 = Which route would suit a skin condition, and which a condition of the brain and nerves? Why?
    .answer-2 = For skin, putting it straight on, as Vyjuvek is put on wounds; for the brain and nerves, an injection into the spinal fluid, because each puts the vector close to the cells that need it. Routes can differ, though: Zolgensma, which helps the nerve cells that control muscles, is given into a vein.
    .ask-3 = Most of these treatments are outpatient visits, but stem-cell gene therapy such as Casgevy means weeks in hospital. What explains the difference?
    .answer-3 = In vivo treatment gives only the vector, with no chemotherapy to clear the bone marrow. Casgevy needs strong chemotherapy, and then blood counts stay low and infections are a risk until the new cells take hold, so most people stay 3 to 5 weeks after the infusion, one hospital says.

teach-in-vivo-entering-cells =
    .simplifies = The large picture follows an AAV-type gene that stays apart from the chromosomes; a small side picture shows the other kind, built into a chromosome. AAV genes mostly stay apart, but not always: with Roctavian, a small share was found joined to the DNA of liver cells, and Hemgenix's maker says this could happen. The widget does not say what happens to an episome when a cell divides, and the sources do not either; August only says the effect may fade in cells the body replaces quickly.
    .ask-1 = Why might the effect last longer in nerve or muscle cells than in cells the body replaces quickly?
    .answer-1 = August says how long the effect lasts depends on which cells got the gene and how long those cells live. In long-lived cells such as nerve or muscle cells it often lasts longer, while in cells the body replaces quickly it may fade as they are replaced. The sources do not explain what happens to an episome when a cell divides, so do not add that.
    .ask-2 = An AAV gene mostly stays outside the chromosomes; a lentivirus gene joins one. Which is more likely to land next to a gene that controls growth, and why does that matter?
    .answer-2 = The lentivirus gene, because it is built into a chromosome; the AAV gene mostly stays apart, though a small share can join the DNA, as seen with Roctavian. Landing next to a gene that controls growth can switch that gene on and lead to cancer, which is why such vectors are followed for years.
    .ask-3 = A vector can sometimes enter cells it was not meant for. Why could that be a problem?
    .answer-3 = The gene could then be delivered to healthy cells that were not meant to get it, and Mayo Clinic lists this as a possible risk. How much harm it could do depends on the treatment and what it is used for; the sources give no examples of harm.

teach-in-vivo-making-protein =
    .simplifies = The chart shows the protein level simply rising, but results differ from person to person and no target level is given. From the Danish page you can add: Hemgenix may mean fewer bleeds and less need for regular factor IX infusions for some people, and in studies Zolgensma lowered the need for lasting help from a breathing machine.
    .ask-1 = Genes are instructions for proteins. Why does a working gene in liver cells help someone who has too little of a clotting protein?
    .answer-1 = Genes are instructions, so liver cells with a working factor IX gene can make the clotting protein themselves. The protein goes into the blood and helps it clot, and for some people this means fewer bleeds and less need for regular factor IX infusions.
    .ask-2 = Blood tests may show a change before a person feels any different. Why might that be?
    .answer-2 = A blood test can measure the protein level directly, and the level builds up slowly over weeks to months. It can take more time before that change shows up in how the person feels or in their symptoms.
    .ask-3 = Luxturna aims to keep useful sight, not to give normal sight. How does this match the ex vivo point that treatment cannot undo past damage?
    .answer-3 = Both say gene therapy works on cells that are still there and cannot bring back what has already been lost. Luxturna needs enough working retina cells, just as the IDF says ex vivo treatment cannot undo earlier damage such as lung damage from past infections.

teach-in-vivo-monitoring =
    .simplifies = The general step says only that the vector is shed in body fluids. Details are product-specific: for Hemgenix, the maker names blood, semen and waste, and Vyjuvek's notes give precautions for treated wounds and dressings. Whether a treatment can be given again differs too: Vyjuvek is made to be put on again, and August says some treatments may need repeating. Zolgensma's boxed warning for serious liver injury and liver failure, including deaths, is why its liver tests matter; the widget gives no figure for how often it happens. The 15-year figure is for vectors that build their gene into chromosomes; the sources give no overall follow-up length for AAV treatments, only minimum periods for some tests.
    .ask-1 = Why are check-ups close together in the first weeks and further apart later?
    .answer-1 = The first weeks are when common side effects happen and usually pass, when the vector can leave the body in fluids, and when some products need close checks, such as Zolgensma's liver tests for at least 3 months. Later, check-ups look at whether the gene keeps working and watch for late effects; the sources give no single schedule.
    .ask-2 = Why is the new gene usually not passed on to a treated person's children?
    .answer-2 = Most treatments change body cells, not eggs or sperm, so the new gene is usually not inherited. A child can still inherit the faulty gene, and genetic counselling can help a family understand this.
    .ask-3 = Why might a treatment whose gene joins the chromosomes need longer follow-up than one whose gene stays separate?
    .answer-3 = A gene built into a chromosome stays for life and could land next to a gene that controls growth, a cancer risk that may appear years later, so FDA guidance sets about 15 years of follow-up for such vectors. A gene that stays separate is less likely to do this, though a small share can join the DNA; the sources give no overall follow-up length for AAV treatments.

## Stem-cell transplant from a donor (HSCT)

teach-hsct-donor-search =
    .simplifies = The picture uses three shapes for tissue-type markers. No source in the pack names these markers (HLA) or says what is compared, so the glossary gives this as general background; treat the shapes as a symbol. The registry figures are for full matches on one registry, the NMDP. Only a full match is drawn; a partly matched donor can sometimes be used, at a higher risk of rejection or GVHD.
    .ask-1 = Each full brother or sister has a 1 in 4 chance of being a full match. What does that mean for a patient with one sibling, or none?
    .answer-1 = With one brother or sister, there is a 3 in 4 chance that they are not a full match; with none, there is no sibling to test. Then the team may look on a donor registry or consider a partly matched donor, which carries higher risks; about 30% of patients have a matched donor in their family.
    .ask-2 = The chance of a registry match differs by ancestry. Why might it matter who signs up to be a donor?
    .answer-2 = A patient can only be matched with someone who has signed up, so who is on a registry affects who finds a match. On the NMDP registry the chance of a full match ranges from about 29% to about 79% by ancestry; the sources do not explain why, so treat the reason as a question for discussion.
    .ask-3 = Why does gene therapy with a person's own cells need no donor search at all?
    .answer-3 = The person is their own donor, so their cells always match them. There is nobody else to find.

teach-hsct-donor-collection =
    .simplifies = No source in the pack describes what donating is like for the donor or its risks, so the widget leaves this out. It also does not show whether or how the donor's stem cells are brought into the blood before collection, or how often each of the three sources is used.
    .ask-1 = In ex vivo gene therapy the patient is both the donor and the person who gets the cells. Which problems does that remove, and which remain?
    .answer-1 = It removes the donor search, the risk of the body attacking a donor's cells, GVHD and the need for long-term immunosuppressants. Collection, usually conditioning, and the chance that the changed cells are slow to take hold or, rarely, fail remain, and the vector brings risks of its own, such as a cancer risk from where it puts its gene.
    .ask-2 = Cord blood cells take longer to settle in. What could a longer wait mean for the patient's risk of infection?
    .answer-2 = Until the new cells settle in and make blood cells, counts are low and infections are a real risk. So a wait of up to about 6 weeks, against 10 to 21 days, could mean a longer time at risk; the sources give no infection figures for cord blood.

teach-hsct-conditioning =
    .simplifies = The sources do not say when conditioning happens before a transplant, how long it lasts, or its side effects, fertility included, so the widget leaves these out. The busulfan side effects in the ex vivo steps come from gene therapy labels; do not carry them over to transplants without a source. Where the widget says a transplant needs stronger conditioning than gene therapy, that holds for immune conditions and an unrelated donor; do not widen it.
    .ask-1 = Conditioning before a transplant can include medicines that calm the immune system. Why could the patient's own immune system be a problem for donor cells?
    .answer-1 = The patient's immune system may see the donor's cells as strangers and attack them or fail to accept them: graft rejection. Medicines that calm the immune system can make this less likely.
    .ask-2 = For primary immunodeficiencies, why might a transplant from an unrelated donor need stronger conditioning than gene therapy with a person's own cells?
    .answer-2 = The IDF says this but does not say why. A reasonable answer links it to what the content does say: a donor's cells can be rejected by the patient's immune system and conditioning can include medicines that calm it, while a person's own cells are not attacked as strangers.

teach-hsct-infusion =
    .simplifies = The step says only that conditioning made room in the bone marrow, where the donor's cells are meant to settle. How they get there is not in the sources, which describe it only for gene-corrected cells. Neither the widget nor the sources say how long the drip takes.
    .ask-1 = Why do doctors count the days after a transplant from the day of the infusion?
    .answer-1 = It is the day the new cells go in, so everything after it, such as the cells taking hold in 10 to 21 days or the first 100 days of close care, is measured from it. The sources simply count from that day and give no further reason.
    .ask-2 = The bag looks the same in a transplant and in ex vivo gene therapy. What is different about the cells inside, and why does it matter?
    .answer-2 = In a transplant the bag holds a donor's healthy cells; in ex vivo gene therapy it holds the person's own cells, changed in a lab. This matters because donor cells can be rejected or cause GVHD and often mean long-term immune-calming medicines, while own cells avoid those but carry the risks of the gene change and can still, rarely, fail to take hold.

teach-hsct-engraftment =
    .simplifies = Graft rejection is described in words only, and the donor cell meeting a patient cell is just a reminder of GVHD. The GVHD figures are from 2002 and depend on the donor and on prevention; the sources give no newer figures and do not describe how GVHD is prevented or treated.
    .ask-1 = In graft rejection and in GVHD, who attacks whom?
    .answer-1 = In graft rejection, the patient's body attacks the donor's cells or fails to accept them. In GVHD, the donor's cells attack the patient's body.
    .ask-2 = Why are both problems more likely with a partly matched donor?
    .answer-2 = The closer the match, the less the patient's and the donor's cells look like strangers to each other, and the immune system attacks what it sees as strange. The sources state that both risks are higher with a partly matched donor but do not explain it further.
    .ask-3 = Cord blood cells can take up to about 6 weeks to settle in, marrow or blood cells 10 to 21 days. How might that affect the choice of cells?
    .answer-3 = Faster-settling cells mean a shorter time with low blood counts, so a good answer might say this favours marrow or blood cells. The sources do not say how doctors choose, and the choice also depends on which donors are available and how well they match.

teach-hsct-first-100-days =
    .simplifies = The widget does not say which infections are most feared, how long immune-calming medicines are taken, or their side effects; the sources do not give these. The 100 days are the time of closest care, not the end of risk: long-lasting GVHD can appear later, as the next step says.
    .ask-1 = Immunosuppressants calm the immune system. Why might that help after a donor transplant, and what could be a downside?
    .answer-1 = They calm the patient's immune system so it is less likely to attack the donor's cells. The downside is that the immune system also defends the body against germs, so infections are a bigger worry; the sources do not list their side effects.
    .ask-2 = Why does gene therapy with a person's own cells not need long-term immunosuppressants?
    .answer-2 = The cells are the person's own, so the immune system does not treat them as strangers and they do not attack the body. There is no rejection or GVHD to hold back, so no long-term immune-calming medicines are needed.
    .ask-3 = Which risks do a donor transplant and ex vivo gene therapy share in the weeks after the infusion, and which belong only to the transplant?
    .answer-3 = Both share infection risk while blood counts are low, side effects of conditioning where it is given, close watching, and the chance that the new cells are slow to take hold. Graft rejection, GVHD and long-term immunosuppressants belong only to the transplant, while risks from the vector belong to gene therapy.

teach-hsct-long-term =
    .simplifies = The sources do not say how long check-ups go on after a transplant, so the widget gives no figure. The side-by-side picture shows what gene therapy avoids; remind the class it has risks of its own, shown in the ex vivo steps: strong conditioning for some products, changed cells that can, rarely, fail to take hold, and a cancer risk from where a vector puts its gene.
    .ask-1 = The IDF says a transplant can be used for any primary immunodeficiency, but gene therapy needs a tool made for each one. Why?
    .answer-1 = A transplant replaces the stem cells with a donor's healthy ones, whatever gene is at fault. Gene therapy fixes or adds one particular gene, so a vector or editing tool has to be made for each condition, and the gene must be known.
    .ask-2 = Name one advantage of a donor transplant and one of ex vivo gene therapy. Which steps of the explainer support each?
    .answer-2 = Transplant: it can be used for any primary immunodeficiency, needs no tool made for one gene, and puts no new gene into the chromosomes (the last transplant step; the ex vivo follow-up step shows the vector's cancer risk). Gene therapy: no donor search, no GVHD, no donor cells to reject and no long-term immune-calming medicines, and for these conditions usually lighter conditioning (the donor search, conditioning, engraftment and first 100 days steps).
    .ask-3 = Long-lasting GVHD can appear long after a transplant. Why does that make later check-ups important?
    .answer-3 = If a problem can start long after the transplant, check-ups are the way to catch it early. In 2002 figures, long-lasting GVHD affected about 30 to 60% of long-term survivors, so it is worth watching for; the sources do not say how long check-ups go on.
