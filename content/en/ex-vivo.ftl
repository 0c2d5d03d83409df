# Ex vivo gene therapy: the person's own blood stem cells are collected, changed in a
# lab and given back. Plain language, reading age about 12. Every number is a range.
# Keys: pathway-<id>, step-<pathway>-<step> (.lead), fact-<pathway>-<step>-<fact>,
# diagram-<id> (.title, .desc). Sources for each key are set in content/pathways.toml.

pathway-ex-vivo = Ex vivo gene therapy
    .summary = Your own blood stem cells are taken out, changed in a lab, and given back to you.

## 1. Assessment and tests

step-ex-vivo-assessment = Checks and tests come first
    .lead = This kind of gene therapy is for some people with a blood or immune condition caused by one faulty gene. Before anything starts, the care team checks the diagnosis and whether the body can cope with the treatment. They also talk about having children later, because one of the medicines used can affect fertility.
fact-ex-vivo-assessment-one-gene = Each gene therapy is made for one gene. It only works for conditions caused by changes in a single, known gene.
fact-ex-vivo-assessment-approved = In the United States, approved examples include Casgevy and Lyfgenia for sickle cell disease (age 12 and over) and Zynteglo for beta thalassemia.
fact-ex-vivo-assessment-trial = For many other conditions, gene therapy is only available by taking part in a clinical trial.
fact-ex-vivo-assessment-tests = Tests before treatment can include blood tests, scans and genetic tests to confirm the diagnosis.
fact-ex-vivo-assessment-fertility = The chemotherapy used later can cause infertility, so freezing eggs or sperm is discussed before treatment begins.
fact-ex-vivo-assessment-duration = The whole journey, from the first visit to recovery, takes about 6 to 12 months.
diagram-assessment = A patient and a doctor looking at test results
    .title = Checks before treatment
    .desc = A person sits with a doctor. Between them is a clipboard with a checklist of blood tests, scans and genetic tests, and a small sign for fertility planning.

## 2. Preparing and mobilizing

step-ex-vivo-mobilize = Getting the stem cells ready
    .lead = Blood stem cells are the cells that make all your blood cells. Most of them live in the bone marrow, the soft centre of bones. To collect them from the blood instead, a medicine is given that moves them out of the marrow into the bloodstream. This is called mobilization.
fact-ex-vivo-mobilize-transfusions = For sickle cell disease, regular red blood cell transfusions start about 2 months before the stem cells are collected.
fact-ex-vivo-mobilize-plerixafor = For sickle cell disease the mobilizing medicine is plerixafor. Another common one, G-CSF, is not used in sickle cell disease.
diagram-mobilize = Stem cells moving from the bone marrow into the blood
    .title = Mobilization
    .desc = A bone with marrow inside. Round stem cells leave the marrow and enter a blood vessel next to it, where they can be collected.

## 3. Collecting the cells

step-ex-vivo-collect = Collecting the stem cells
    .lead = Most often the stem cells are collected from the blood with a machine. This is called apheresis: blood flows from a vein through the machine, which collects the stem cells. Sometimes the cells are taken from the bone marrow of the hip bone instead, or, for a newborn baby, from the blood of the umbilical cord.
fact-ex-vivo-collect-where-from = Stem cells can come from the bone marrow, from the blood, or for a newborn, from umbilical cord blood.
fact-ex-vivo-collect-hip = Bone marrow is taken from the hip bone with a large needle.
fact-ex-vivo-collect-apheresis-days = One round of apheresis lasts 2 to 3 days, with about 6 to 8 hours a day on the machine.
fact-ex-vivo-collect-more-cycles = If not enough cells are collected, more rounds may be needed.
diagram-collect = Blood going through an apheresis machine
    .title = Apheresis
    .desc = A tube carries blood from the person's arm to a machine. The machine separates out the stem cells into a collection bag, and the rest of the blood goes back through a second tube into the other arm.

## 4. In the lab

step-ex-vivo-lab = In the lab: adding or fixing the gene
    .lead = In the lab, the cells are grown for a few days with growth factors, proteins that help them grow and divide. Then their genes are changed in one of two ways. A viral vector, a virus that has been emptied out so it cannot cause infection, can carry a working copy of the gene into the cells. Or a gene editing tool, such as CRISPR, can change the cell's own DNA.
fact-ex-vivo-lab-culture = The cells are kept in the lab for a few days with growth factors that help them grow and divide.
fact-ex-vivo-lab-vector-safe = A viral vector is a virus with its own genes taken out and a human gene put in. It can still carry genes into cells, but it can no longer cause an infection.
fact-ex-vivo-lab-vector-types = The viral vectors used most are AAV, adenovirus and lentivirus vectors.
fact-ex-vivo-lab-integrate = A lentiviral vector puts the new gene into the cell's chromosomes. Every blood cell that stem cell makes from then on carries the gene too.
fact-ex-vivo-lab-editing = Gene editing aims to repair a faulty gene or to switch off a harmful one, right inside the cell's DNA.
diagram-lab = A lab dish with stem cells and vector particles
    .title = Changing the gene in the lab
    .desc = A round lab dish holds stem cells. Small vector particles carrying a short piece of DNA attach to a cell. Inside the cell's nucleus, the new piece of DNA joins a chromosome.

## 5. Testing and freezing

step-ex-vivo-test-freeze = Testing and freezing the cells
    .lead = The changed cells are tested before they can go back. Then they are usually frozen and stored until the person is ready. Making and testing the cells takes weeks to months, and sometimes more cells have to be collected first.
fact-ex-vivo-test-freeze-frozen = Changed cells can be given back straight away, or frozen and given back later.
fact-ex-vivo-test-freeze-checked = Making the cells is tightly controlled: their quality and safety are checked before they can be given.
fact-ex-vivo-test-freeze-months = For stem-cell gene therapy such as Casgevy, making and testing the cells can take several months, at one hospital's count.
fact-ex-vivo-test-freeze-car-t-weeks = For comparison, CAR-T cell therapies, which change T cells instead of stem cells, take about 3 to 4 weeks to make.
diagram-test-freeze = A bag of cells being checked, then stored in a freezer
    .title = Testing and freezing
    .desc = A bag of changed cells with a checklist showing the tests passed. An arrow leads to a tall freezer where the bag is stored, very cold, until the day of the infusion.

## 6. Conditioning

step-ex-vivo-conditioning = Making room: conditioning
    .lead = A few days before the cells go back, most people have chemotherapy in hospital. This is called conditioning. It clears space in the bone marrow so the changed stem cells can settle in and grow. It is often the hardest part of the treatment.
fact-ex-vivo-conditioning-why = Conditioning makes sure the changed stem cells have enough room in the bone marrow to grow.
fact-ex-vivo-conditioning-less = In general, less chemotherapy is needed than for a transplant from an unrelated donor, and some people need none.
fact-ex-vivo-conditioning-busulfan = For Casgevy, full-strength chemotherapy with busulfan is given over several days in the week before the cells go back.
fact-ex-vivo-conditioning-fertility = Busulfan can cause infertility. This is why saving eggs or sperm is discussed at the start.
diagram-conditioning = Chemotherapy clearing space in the bone marrow
    .title = Conditioning
    .desc = A drip bag of chemotherapy connects to the person's arm. Inside a bone, old marrow cells fade away and leave empty space for the new cells.

## 7. Infusion

step-ex-vivo-infusion = Getting the cells back
    .lead = On the day of the infusion, the frozen cells are thawed and given back through a drip into a vein, much like a blood transfusion. They are the person's own cells, so no donor is needed, and the body does not reject them.
fact-ex-vivo-infusion-drip = The cells are taken out of storage and given back in a simple drip into a vein (an IV infusion).
fact-ex-vivo-infusion-own-cells = Because the cells are the person's own, there is no risk of graft rejection or of graft-versus-host disease, two problems of transplants from a donor.
diagram-infusion = The changed cells going back into a vein through a drip
    .title = Infusion
    .desc = A bag of thawed, changed cells hangs on a drip stand. A line carries them into a vein in the person's arm, and they travel in the blood towards the bones.

## 8. Engraftment and recovery

step-ex-vivo-engraftment = Engraftment and recovery
    .lead = Over the next weeks, the changed stem cells settle in the bone marrow and start to make new blood cells. This is called engraftment. Until it happens, blood counts are low and infections are a real risk, so people stay in hospital and are watched closely.
fact-ex-vivo-engraftment-neutrophils = In a Casgevy study in beta thalassemia, white blood cells called neutrophils came back after 12 to 40 days in adults; about 4 weeks was typical.
fact-ex-vivo-engraftment-platelets = Platelets, which help blood clot, took longer: the typical time was 41 to 45 days, about 6 weeks.
fact-ex-vivo-engraftment-hospital = The whole hospital stay is about 4 to 6 weeks; most people stay 3 to 5 weeks after the infusion.
fact-ex-vivo-engraftment-infection = The risk of infection stays high for about 6 months.
fact-ex-vivo-engraftment-immune = For immune conditions, the corrected cells spread through the body in about 2 to 3 months and build a new, working immune system.
diagram-engraftment = New stem cells settling in the bone marrow and making blood cells
    .title = Engraftment
    .desc = Inside a bone, the changed stem cells settle in the marrow. From them, new red cells, white cells and platelets flow out into the blood. A blood count chart beside it rises over the weeks.

## 9. Long-term follow-up

step-ex-vivo-follow-up = Long-term follow-up
    .lead = After going home, check-ups go on for many years. Doctors make sure the new cells keep working and watch for rare, late problems. One such problem comes from where the new gene lands. If a vector puts it into a chromosome next to a gene that controls cell growth, in rare cases this can lead to a blood cancer.
fact-ex-vivo-follow-up-years = For vectors that put their gene into the chromosomes, follow-up lasts about 15 years.
fact-ex-vivo-follow-up-oncogenesis = The risk that a vector's gene lands in the wrong place and causes cancer is called insertional oncogenesis. It is best known with older gammaretroviral vectors; newer vectors were designed to lower it.
fact-ex-vivo-follow-up-strimvelis = Of 33 people treated with Strimvelis, a gammaretroviral gene therapy, one developed leukemia about 4 years later.
fact-ex-vivo-follow-up-heredity = Only blood-forming cells are changed, not eggs or sperm, so a treated person can still pass the faulty gene on to their children.
fact-ex-vivo-follow-up-limits = Gene therapy cannot undo damage that the condition caused before treatment, such as lung damage from past infections.
diagram-follow-up = A calendar of check-ups over many years
    .title = Follow-up over the years
    .desc = A timeline runs across many years, with a check-up marked on it again and again. Each check-up shows a blood test tube and a tick for healthy blood cells.
