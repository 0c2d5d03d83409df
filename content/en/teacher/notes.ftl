# Teacher notes for the explainer: for each step of each pathway, what the picture and
# words simplify or leave out, and questions to ask a class. Plain language, for a
# secondary-school or first-year university class. Builds on docs/content-notes.md; every
# claim rests on sources/ or on the widget's own content. Where the sources say
# nothing, a note says what is left out instead of filling the gap.
# Keys: teacher-<name> for the page; teach-<pathway>-<step> with .simplifies, .ask-1,
# .ask-2 and sometimes .ask-3. Plain text only: no terms, variables or selectors.

teacher-title = Teacher notes: how gene therapy works
teacher-intro = The explainer walks a class step by step through ex vivo gene therapy, in vivo gene therapy and, for comparison, a stem-cell transplant from a donor. It gives general information, not medical advice for any person. To project it, press "Present" or add mode=present to the link. Move with Page Up and Page Down, the arrow keys or a presenter remote, press B to blank the screen, and use "Copy link" to share the step on screen.
teacher-simplifies = What this step simplifies
teacher-ask = Questions to ask the class
teacher-back = Open this step in the explainer

## Ex vivo gene therapy

teach-ex-vivo-assessment =
    .simplifies = Who can have each product depends on its own rules, which the widget does not list, and the rules change: in July 2026 the U.S. approval of Casgevy was widened to children from age 2. Cost is left out here: Mayo Clinic calls cost and insurance a major barrier, and the IDF says these are among the most expensive medicines. August adds that feelings matter too, and that counsellors or support groups can help.
    .ask-1 = For immune conditions, the IDF says gene therapy only works when one known gene is the cause. Why would that be?
    .ask-2 = Why would the care team talk about having children in the future before any cells are collected?
    .ask-3 = For Casgevy, one hospital says the whole journey can take about 6 to 12 months. Looking ahead at the steps, which ones do you think take the longest?

teach-ex-vivo-mobilize =
    .simplifies = The widget does not explain how the mobilizing medicine moves stem cells out of the marrow, or why transfusions start about 2 months before collection in sickle cell disease. It says G-CSF is not used in sickle cell disease but not why: the sources give no reason, so do not offer one in class.
    .ask-1 = Blood stem cells normally stay in the bone marrow. Why does it help to bring more of them into the blood before collecting?
    .ask-2 = In vivo gene therapy never moves stem cells into the blood. Why is that not needed there?

teach-ex-vivo-collect =
    .simplifies = The drawing shows blood leaving the arm for the machine, but not the rest of the set-up. The sources do not describe what happens to the blood once the stem cells are picked out. Only apheresis is drawn: taking marrow from the hip with a needle, and cord blood, appear in the text alone. The unchanged back-up cells kept for Casgevy, Lyfgenia and Zynteglo are not drawn either.
    .ask-1 = For Casgevy, at one hospital, one round of apheresis can mean 6 to 8 hours a day on a machine for 2 to 3 days. What could make that hard for a patient or a family?
    .ask-2 = Why can a person's own cord blood be collected only when they are a newborn baby?
    .ask-3 = A donor transplant collects stem cells in these same ways. What is the one big difference?

teach-ex-vivo-lab =
    .simplifies = Only one method is drawn: a viral vector brings in a gene, which is then built into a chromosome. Gene editing appears in the words only. Casgevy uses CRISPR to change a switch that controls the BCL11A gene, so red cells make fetal hemoglobin again; it does not repair the sickle cell gene, so do not tell the class it does. Lyfgenia and Zynteglo add a beta-globin gene with a lentiviral vector. Older gammaretroviral vectors come up only at the last step.
    .ask-1 = Why are viruses good at carrying genes into cells, and what has to be changed in them first?
    .ask-2 = A lentiviral vector puts the new gene into a chromosome. Why does that matter for a stem cell that will keep dividing?
    .ask-3 = What is the difference between adding a working copy of a gene and editing the cell's own gene?

teach-ex-vivo-test-freeze =
    .simplifies = The widget does not say which tests the cells must pass: the sources only say their quality and safety are checked and that the whole process is tightly controlled. The times are examples: several months for Casgevy at one hospital, about 3 to 4 weeks for the CAR-T product Kymriah.
    .ask-1 = Why might it help to freeze the changed cells instead of giving them back straight away?
    .ask-2 = Each batch is made from one person's own cells. How does that make it different from a medicine made in a factory for everyone?
    .ask-3 = Making CAR-T cells takes weeks, but Casgevy cells can take months. What could a long wait mean for someone who is ill?

teach-ex-vivo-conditioning =
    .simplifies = The picture shows old marrow cells simply fading. The widget names busulfan's main effects from the Casgevy, Lyfgenia and Zynteglo labels: infection risk, low platelets and bleeding, mouth sores, hair loss, infertility, and a later risk of other cancers. It does not give how often each happens. The IDF says conditioning for immune conditions can be chemotherapy or other medicines that calm the immune system, and some people need none.
    .ask-1 = Why do the changed stem cells need room in the bone marrow, and why is there no conditioning step in in vivo gene therapy?
    .ask-2 = Casgevy uses full-strength chemotherapy, while some immune conditions need little or none. What are the downsides of strong conditioning for the patient?

teach-ex-vivo-infusion =
    .simplifies = The pictures never show a frozen bag being thawed, and not every product is frozen: the widget says the cells are thawed only if they were frozen. The widget does not say how long the drip takes for stem-cell products; the sources give a time only for CAR-T, about 30 minutes. It names two donor problems the person's own cells avoid; the donor transplant pathway explains them. Avoiding them is not a promise that the cells take hold: that can be slow or, rarely, fail.
    .ask-1 = Why can a person's own changed cells not cause graft-versus-host disease, and why are back-up cells still kept?
    .ask-2 = Compare this step with the transplant day in the donor pathway. What is the same, and what is different?

teach-ex-vivo-engraftment =
    .simplifies = The widget does not describe how patients are supported while their blood counts are low; the sources do not cover it. If the changed cells settle in slowly or not at all, the labels say the unchanged back-up cells can be given, but not how often this happens. The recovery times come from one Casgevy study in beta thalassemia, the hospital stay from one hospital, and the 6 months of high infection risk from one patient website.
    .ask-1 = Why is infection a serious risk until the new stem cells start making blood cells?
    .ask-2 = Platelets came back later than neutrophils in the Casgevy study. What could go wrong while platelets are low?
    .ask-3 = For primary immunodeficiencies, a new immune system takes about 2 to 3 months to build. Why does care go on after the person leaves hospital?

teach-ex-vivo-follow-up =
    .simplifies = The widget says newer vectors were made to lower the cancer risk, not that they remove it; keep to that. Lyfgenia, a lentiviral product, carries a boxed warning because blood cancer has occurred after it, and its label advises lifelong blood-count checks. The 15 years applies to vectors that build their gene into chromosomes; no source gives a period for edited cells. The IDF adds a limit: only cells made by blood stem cells change, so effects outside the blood may not be fully treated.
    .ask-1 = Why would doctors keep checking for about 15 years when a vector builds its gene into the chromosomes?
    .ask-2 = After treatment, a person can still pass the faulty gene on to their children. Why?
    .ask-3 = In one Strimvelis patient, leukemia appeared about 4 years after treatment. What does that suggest about how long check-ups should last?

## In vivo gene therapy

teach-in-vivo-assessment =
    .simplifies = The widget says some products test for antibodies against the vector but not what level rules a person out; the sources do not say. It sums up other checks as general health. August adds that liver, kidney or heart problems, age, and autoimmune conditions or a weakened immune system can affect the risks or the choice of route.
    .ask-1 = Why might a person who once caught a virus like the vector's virus not be able to have the treatment?
    .ask-2 = Luxturna needs enough working cells left in the retina. Why would it not help if those cells are gone?
    .ask-3 = Ex vivo checks include talking about fertility, and in vivo checks include antibody tests. Why does each pathway need its own kind of check?

teach-in-vivo-vector =
    .simplifies = The widget does not explain how a vector is built or chosen for its target cells, and the sources do not go into it. Changed bacteria, which the FDA lists as possible carriers, are named in the words but not drawn. Mayo Clinic also counts stem cells among carriers being studied; the in vivo steps leave that out.
    .ask-1 = Why are viruses used as carriers, even though viruses normally make people ill?
    .ask-2 = The widget says a changed virus should not cause disease, not that it cannot. Why do you think it is careful with that word?
    .ask-3 = What has to be taken out of a virus before it can be a vector, and what must it keep?

teach-in-vivo-preparation =
    .simplifies = The general step gives only Zolgensma's steroid start, 24 hours before, and the clock in the picture shows that timing. Products differ, as their notes say: Luxturna's steroid starts 3 days before each eye, Roctavian's may come only afterwards, Hemgenix needs none beforehand, and the sources describe none for Vyjuvek. The widget does not name medicines other treatments pause. The calm immune cell in the picture is a symbol: reactions can still happen, usually mild and flu-like; serious ones are uncommon.
    .ask-1 = Why would doctors start a steroid before the vector is given, instead of waiting to see if a reaction happens?
    .ask-2 = Ex vivo preparation can mean chemotherapy; here it can mean a steroid. What is each one getting the body ready for?
    .ask-3 = Why might feelings such as worry or hope matter before a treatment that is usually given only once?

teach-in-vivo-delivery =
    .simplifies = The picture shows five routes at once, but a treatment uses the route that reaches its target cells. Breathing the vector in is a route August lists that is not drawn. The widget gives little detail about Luxturna's eye surgery beyond the gap between the eyes and the flying rule, and gives no doses.
    .ask-1 = Why would a treatment for the retina be injected under the retina instead of into a vein?
    .ask-2 = Which route would suit a skin condition, and which a condition of the brain and nerves? Why?
    .ask-3 = Most of these treatments are outpatient visits, but stem-cell gene therapy such as Casgevy means weeks in hospital. What explains the difference?

teach-in-vivo-entering-cells =
    .simplifies = The large picture follows an AAV-type gene that stays apart from the chromosomes; a small side picture shows the other kind, built into a chromosome. AAV genes mostly stay apart, but not always: with Roctavian, a small share was found joined to the DNA of liver cells, and Hemgenix's maker says this could happen. The widget does not say what happens to an episome when a cell divides, and the sources do not either; August only says the effect may fade in cells the body replaces quickly.
    .ask-1 = Why might the effect last longer in nerve or muscle cells than in cells the body replaces quickly?
    .ask-2 = An AAV gene mostly stays outside the chromosomes; a lentivirus gene joins one. Which is more likely to land next to a gene that controls growth, and why does that matter?
    .ask-3 = A vector can sometimes enter cells it was not meant for. Why could that be a problem?

teach-in-vivo-making-protein =
    .simplifies = The chart shows the protein level simply rising, but results differ from person to person and no target level is given. From the Danish page you can add: Hemgenix may mean fewer bleeds and less need for regular factor IX infusions for some people, and in studies Zolgensma lowered the need for lasting help from a breathing machine.
    .ask-1 = Genes are instructions for proteins. Why does a working gene in liver cells help someone who has too little of a clotting protein?
    .ask-2 = Blood tests may show a change before a person feels any different. Why might that be?
    .ask-3 = Luxturna aims to keep useful sight, not to give normal sight. How does this match the ex vivo point that treatment cannot undo past damage?

teach-in-vivo-monitoring =
    .simplifies = The general step says only that the vector is shed in body fluids. Details are product-specific: for Hemgenix, the maker names blood, semen and waste, and Vyjuvek's notes give precautions for treated wounds and dressings. Whether a treatment can be given again differs too: Vyjuvek is made to be put on again, and August says some treatments may need repeating. Zolgensma's boxed warning for serious liver injury and liver failure, including deaths, is why its liver tests matter; the widget gives no figure for how often it happens. The 15-year figure is for vectors that build their gene into chromosomes; the sources give no overall follow-up length for AAV treatments, only minimum periods for some tests.
    .ask-1 = Why are check-ups close together in the first weeks and further apart later?
    .ask-2 = Why is the new gene usually not passed on to a treated person's children?
    .ask-3 = Why might a treatment whose gene joins the chromosomes need longer follow-up than one whose gene stays separate?

## Stem-cell transplant from a donor (HSCT)

teach-hsct-donor-search =
    .simplifies = The picture uses three shapes for tissue-type markers. No source in the pack names these markers (HLA) or says what is compared, so the glossary gives this as general background; treat the shapes as a symbol. The registry figures are for full matches on one registry, the NMDP. Only a full match is drawn; a partly matched donor can sometimes be used, at a higher risk of rejection or GVHD.
    .ask-1 = Each full brother or sister has a 1 in 4 chance of being a full match. What does that mean for a patient with one sibling, or none?
    .ask-2 = The chance of a registry match differs by ancestry. Why might it matter who signs up to be a donor?
    .ask-3 = Why does gene therapy with a person's own cells need no donor search at all?

teach-hsct-donor-collection =
    .simplifies = No source in the pack describes what donating is like for the donor or its risks, so the widget leaves this out. It also does not show whether or how the donor's stem cells are brought into the blood before collection, or how often each of the three sources is used.
    .ask-1 = In ex vivo gene therapy the patient is both the donor and the person who gets the cells. Which problems does that remove, and which remain?
    .ask-2 = Cord blood cells take longer to settle in. What could a longer wait mean for the patient's risk of infection?

teach-hsct-conditioning =
    .simplifies = The sources do not say when conditioning happens before a transplant, how long it lasts, or its side effects, fertility included, so the widget leaves these out. The busulfan side effects in the ex vivo steps come from gene therapy labels; do not carry them over to transplants without a source. Where the widget says a transplant needs stronger conditioning than gene therapy, that holds for immune conditions and an unrelated donor; do not widen it.
    .ask-1 = Conditioning before a transplant can include medicines that calm the immune system. Why could the patient's own immune system be a problem for donor cells?
    .ask-2 = For primary immunodeficiencies, why might a transplant from an unrelated donor need stronger conditioning than gene therapy with a person's own cells?

teach-hsct-infusion =
    .simplifies = The step says only that conditioning made room in the bone marrow, where the donor's cells are meant to settle. How they get there is not in the sources, which describe it only for gene-corrected cells. Neither the widget nor the sources say how long the drip takes.
    .ask-1 = Why do doctors count the days after a transplant from the day of the infusion?
    .ask-2 = The bag looks the same in a transplant and in ex vivo gene therapy. What is different about the cells inside, and why does it matter?

teach-hsct-engraftment =
    .simplifies = Graft rejection is described in words only, and the donor cell meeting a patient cell is just a reminder of GVHD. The GVHD figures are from 2002 and depend on the donor and on prevention; the sources give no newer figures and do not describe how GVHD is prevented or treated.
    .ask-1 = In graft rejection and in GVHD, who attacks whom?
    .ask-2 = Why are both problems more likely with a partly matched donor?
    .ask-3 = Cord blood cells can take up to about 6 weeks to settle in, marrow or blood cells 10 to 21 days. How might that affect the choice of cells?

teach-hsct-first-100-days =
    .simplifies = The widget does not say which infections are most feared, how long immune-calming medicines are taken, or their side effects; the sources do not give these. The 100 days are the time of closest care, not the end of risk: long-lasting GVHD can appear later, as the next step says.
    .ask-1 = Immunosuppressants calm the immune system. Why might that help after a donor transplant, and what could be a downside?
    .ask-2 = Why does gene therapy with a person's own cells not need long-term immunosuppressants?
    .ask-3 = Which risks do a donor transplant and ex vivo gene therapy share in the weeks after the infusion, and which belong only to the transplant?

teach-hsct-long-term =
    .simplifies = The sources do not say how long check-ups go on after a transplant, so the widget gives no figure. The side-by-side picture shows what gene therapy avoids; remind the class it has risks of its own, shown in the ex vivo steps: strong conditioning for some products, changed cells that can, rarely, fail to take hold, and a cancer risk from where a vector puts its gene.
    .ask-1 = The IDF says a transplant can be used for any primary immunodeficiency, but gene therapy needs a tool made for each one. Why?
    .ask-2 = Name one advantage of a donor transplant and one of ex vivo gene therapy. Which steps of the explainer support each?
    .ask-3 = Long-lasting GVHD can appear long after a transplant. Why does that make later check-ups important?
