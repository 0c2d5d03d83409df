# In vivo gene therapy: a carrier (vector) takes a working gene straight to cells inside
# the body; no cells are taken out. Plain language, reading age about 12. Figures for one
# product say so. Keys: pathway-<id>, step-<pathway>-<step> (.lead),
# fact-<pathway>-<step>-<fact>, diagram-<id> (.title, .desc), source-<id> (.short).
# Sources for each key are set in content/pathways/in-vivo.toml.
# [[term-id]] or [[term-id|words shown]] marks the first mention of a glossary term in a step.

pathway-in-vivo = In vivo gene therapy
    .short = A gene carried to cells in your body
    .summary = A carrier, often a changed virus, takes a working gene straight to the cells inside your body that need it.

## Sources only this pathway uses (references from sources/facts.md)

source-zolgensma-pi = ZOLGENSMA (onasemnogene abeparvovec) U.S. prescribing information
    .short = ZOLGENSMA prescribing information
source-luxturna-pi = LUXTURNA (voretigene neparvovec) U.S. prescribing information
    .short = LUXTURNA prescribing information
source-bch-roctavian = Boston Children's Hospital: ROCTAVIAN treatment page
    .short = Boston Children's Hospital (ROCTAVIAN)
source-gillette = Gillette Children's: patient information on AAV gene therapy
    .short = Gillette Children's
source-csl-behring = CSL Behring, maker of HEMGENIX: product information
    .short = CSL Behring

## At a glance (each answer at most 40 words; sources in content/pathways/in-vivo.toml, [glance])

glance-in-vivo =
    .time = It differs: for Zolgensma, one drip of about 60 minutes. Luxturna's eyes are treated at least 6 days apart, and Vyjuvek is put on weekly. Tests come first, and check-ups go on for weeks to months, or longer.
    .hospital = One health library says most treatments are outpatient visits, though some need a stay. One hospital says Roctavian is a 1 to 2 hour drip, then at least 3 hours of watching. Luxturna is given during eye surgery.
    .risks = The immune system may react to the vector, usually mildly, like flu. Serious harm is less common but real: Zolgensma's label warns of serious liver injury and liver failure, including deaths. The vector may reach other cells.
    .who = People with certain rare conditions, each product with its own rules: for example Zolgensma for spinal muscular atrophy in children under 2, and Roctavian for adults with severe hemophilia A. For many other conditions, only in clinical trials.
    .works = Results differ by product, condition and person: choose a therapy to see what its studies found. Changes build up over weeks to months, and may fade in cells the body replaces quickly.

## 1. Assessment and antibody tests

step-in-vivo-assessment = Checks and tests come first
    .lead = In vivo means the treatment is given straight into the body, and no cells are taken out. First, the care team confirms the diagnosis and checks your general health. Many treatments use a changed virus as the [[vector|carrier]]. For some treatments, the team also tests for [[antibody|antibodies]] that could stop the carrier working.
fact-in-vivo-assessment-what = [[gene-therapy|Gene therapy]] treats or prevents disease by changing genes. It can add a working gene, switch a harmful gene off or a helpful one on, or edit the cell's DNA. Or a new gene can give cells a new ability.
fact-in-vivo-assessment-who = In the U.S., approved examples include Zolgensma for spinal muscular atrophy in children under 2. Luxturna is for a rare inherited vision loss, from age 1. Roctavian is for adults with severe hemophilia A. Each has rules about who can have it.
fact-in-vivo-assessment-tests = Tests before treatment can include blood tests, scans and genetic tests to confirm the diagnosis. The team also goes through your medical history, your medicines and any allergies.
fact-in-vivo-assessment-antibodies = If you have had an infection with a virus like the one the vector is made from, your body may already carry [[antibody|antibodies]] against it. These can block the vector before it does its job.
fact-in-vivo-assessment-antibody-tests = For Zolgensma, a blood test for antibodies against its vector is done before treatment. Roctavian uses a type of [[aav|AAV]] vector called AAV5, and a person must not have antibodies to AAV5.
fact-in-vivo-assessment-rules = In the U.S., the FDA's center for biological medicines (CBER) oversees gene therapy. A [[clinical-trial|clinical trial]] needs its go-ahead before it starts, through a request called an IND. A product needs its license, called a BLA, before it can be sold.
fact-in-vivo-assessment-retina = For Luxturna, the vision loss must come from changes in a gene called RPE65, and the retina must still have enough working cells for the treatment to be an option.
diagram-iv-assessment =
    .title = Checks and antibody tests
    .desc = A person sits beside a checklist of tests, each line ticked. On the right, in a drop of blood shown close up, three Y-shaped antibodies hold on to a vector particle from all sides, so it cannot get on its way.
    .frame-1 = A vector particle drifts in a drop of blood, and the checks begin.
    .frame-2 = The first test is ticked, and antibodies appear around the vector. More particles drift in and are held.
    .frame-3 = All the tests are ticked, and antibodies hold the vector from all sides.

## 2. The vector

step-in-vivo-vector = The carrier: a vector
    .lead = A [[vector]] is a carrier that takes a working copy of a [[gene]] into cells. Most vectors are made from viruses, because viruses are naturally good at getting into cells and bringing genes with them. The virus is changed first, so that it should not make people ill, but can still deliver the gene. Some carriers are not viruses at all.
fact-in-vivo-vector-types = Most viral vectors are one of three kinds: [[aav|AAV]] (adeno-associated virus), [[adenovirus]] or [[lentivirus]].
fact-in-vivo-vector-modified = Changing the virus means taking out its own genes and putting in a human gene. The empty shell can still carry genes into cells, but it should no longer cause an infection.
fact-in-vivo-vector-aav-products = Zolgensma and Roctavian both use AAV vectors, but of different types: AAV9 for Zolgensma and AAV5 for Roctavian.
fact-in-vivo-vector-non-viral = Not every carrier is a virus. Tiny fat bubbles called [[liposome|liposomes]] and rings of DNA called [[plasmid|plasmids]] can also take genes into cells. So can bacteria, changed so that they should not cause disease. Some of these are still being tested in [[clinical-trial|clinical trials]].
fact-in-vivo-vector-risk = One possible risk is that a changed virus, once inside the body, could become able to cause disease again.
fact-in-vivo-vector-oversight = Gene therapy can change cells for a long time, even for life. So regulators watch the whole chain: the gene material, the carrier, how it is made, its quality and safety, and follow-up.
diagram-iv-vector =
    .title = Kinds of vector
    .desc = Three virus shells, each carrying a new gene: a small six-sided AAV, a larger adenovirus with spikes at its corners, and a round lentivirus with a cone-shaped core. Below a dashed line are two carriers that are not viruses: a liposome, a round fat bubble with the gene inside, and a plasmid, a ring of DNA holding the gene.
    .frame-1 = Three kinds of virus shell: AAV, adenovirus and lentivirus.
    .frame-2 = A new gene goes into each shell, which now carries it.
    .frame-3 = Below the line are carriers that are not viruses: a liposome and a plasmid.

## 3. Preparation

step-in-vivo-preparation = Getting ready for the treatment day
    .lead = Before the treatment, the care team explains what will happen and gives instructions about eating, drinking and medicines. The [[immune-system|immune system]] may see the [[vector]] as an intruder and attack it. So some treatments start a medicine beforehand to calm this reaction. Which medicine, and when, depends on the treatment.
fact-in-vivo-preparation-steroid = For Zolgensma, a [[steroid]] medicine called prednisolone is started 24 hours before the infusion.
fact-in-vivo-preparation-instructions = You will get instructions about eating, drinking and medicines. Some treatments mean pausing certain medicines for a while, so that they do not interfere.
fact-in-vivo-preparation-immune-reaction = Your immune system may react against a virus vector. Reactions are usually mild, like flu. Serious ones, even organ failure, are uncommon, and the team watches for them.
fact-in-vivo-preparation-risk-factors = Some health problems can change your risks: a weak immune system or an autoimmune condition, or problems with the liver, kidneys or heart. Heart problems can also affect which way of giving the treatment is safest.
fact-in-vivo-preparation-feelings = Feeling anxious or hopeful before gene therapy is normal. The care team can put you in touch with counselors or support groups.
diagram-iv-preparation =
    .title = Getting ready
    .desc = A person with a steroid tablet in front of them. Beside it, a clock has an arrow going once around it, for the 24 hours before the treatment: Zolgensma's timing, as one example. The timing differs by product, and some start no medicine beforehand. Drops of the medicine travel from the tablet to a white blood cell of the immune system, on the right, which rests beside a vector particle without attacking it.
    .frame-1 = For some treatments, a steroid medicine is started ahead of time.
    .frame-2 = The arrow goes once around the clock: for Zolgensma, a day before. Timing differs by product.
    .frame-3 = The medicine reaches the immune cells and calms them. A vector particle comes near an immune cell, which stays calm.

## 4. Giving the vector

step-in-vivo-delivery = Giving the vector
    .lead = On the treatment day, the [[vector]] is given. The route depends on which cells need the new gene. Routes include a drip into a vein, an injection under the retina at the back of the eye, and an injection into the spinal fluid. Others are an injection into one tissue or organ, a treatment put on the skin, or breathing it in to reach the lungs. Most are outpatient visits, but some need a hospital stay.
fact-in-vivo-delivery-iv = Into a vein, as an [[infusion]]: for Zolgensma this takes about 60 minutes. One hospital says Roctavian is a 1–2 hour outpatient drip, then at least 3 hours of watching. Hemgenix is given as one single infusion.
fact-in-vivo-delivery-subretinal = Under the retina ([[subretinal]]): Luxturna is injected during eye surgery. The second eye is treated at least 6 days after the first. Flying is not allowed until the gas bubble in the eye has gone.
fact-in-vivo-delivery-intrathecal = Into the spinal fluid ([[intrathecal]]): an injection into the fluid around the spinal cord, used for some conditions of the brain and nerves.
fact-in-vivo-delivery-tissue = Into a tissue or organ: the vector is injected straight into the part of the body that needs it.
fact-in-vivo-delivery-topical = Onto the skin: Vyjuvek is put on the wounds of people with dystrophic epidermolysis bullosa, an inherited disease that leaves the skin fragile and blistered.
diagram-iv-delivery =
    .title = Ways to give the vector
    .desc = A person with five routes marked. A drip line runs into a vein in one arm. A fine needle points into the eye. A needle reaches the spine, for the spinal fluid. A needle goes into an organ inside the body. A patch of treatment covers the skin of the other arm.
    .frame-1 = The vector is ready in a drip bag and in three needles.
    .frame-2 = Particles move down the drip line, through the needles and onto the skin.
    .frame-3 = They reach a vein, the eye, the spinal fluid, an organ and the skin.

## 5. Entering the cells

step-in-vivo-entering-cells = The vector enters the cells
    .lead = Once inside the body, the [[vector]] travels to the cells it was chosen for. Viruses can recognize certain kinds of cells, which is one reason they make good carriers. The vector gets into those cells and delivers the new [[gene]]. From then on, the cell can use the gene as instructions.
fact-in-vivo-entering-cells-targets = Which cells are reached depends on the treatment. For Luxturna, the gene goes to cells in the retina. For Hemgenix, it goes to [[liver]] cells.
fact-in-vivo-entering-cells-episome = Genes brought by [[aav|AAV]] or [[adenovirus]] vectors mostly stay separate from the [[chromosome|chromosomes]], as small rings of DNA known as [[episome|episomes]]. A small share can join the cell's DNA: this was seen with Roctavian.
fact-in-vivo-entering-cells-integrate = Genes brought by [[lentivirus]] vectors are built into a chromosome. They become a lasting part of the cell's DNA and are copied when the cell divides.
fact-in-vivo-entering-cells-other-cells = A vector can sometimes get into other kinds of cells as well as the intended ones. How much risk this brings depends on the treatment and what it is used for.
fact-in-vivo-entering-cells-limits = Gene therapy still has hard problems to solve: getting genes into cells reliably, reaching the right cells, and keeping side effects low. So far, it is used for only a few conditions.
fact-in-vivo-entering-cells-how-long = How long the effect lasts depends partly on the cells. In cells the body replaces quickly, it may fade. In long-lived cells, such as nerve or muscle cells, it often lasts longer. Some treatments work for years; others may need to be given again.
diagram-iv-entering-cells =
    .title = Into the cells
    .desc = Vector particles travel in a blood vessel and reach a large body cell, and one of them is entering it. This shows a drip into a vein; with other routes, such as an injection under the retina or a gel on the skin, the vector is put close to the cells instead. In the cell's nucleus, the new gene sits as a small ring of DNA beside the chromosomes: an episome. A smaller picture on the right shows the other way, with the new gene joined into a chromosome.
    .frame-1 = Vector particles travel along a blood vessel.
    .frame-2 = One particle reaches a large body cell and enters it.
    .frame-3 = Inside the cell, the particle brings the new gene to the nucleus.
    .frame-4 = With AAV, the gene mostly stays as a small ring beside the chromosomes: an episome.

## 6. Making the protein

step-in-vivo-making-protein = Cells start making the missing protein
    .lead = Genes are instructions for making [[protein|proteins]], which keep the body working. With the new [[gene]] in place, the cells can start making a protein that was missing or not working. For example, in hemophilia B, liver cells can start making a clotting protein the body has too little of. The change builds up slowly, over weeks to months, not all at once.
fact-in-vivo-making-protein-hemgenix = For Hemgenix in hemophilia B, [[liver]] cells make more factor IX, a clotting protein. For some, this can mean fewer bleeds and less need for regular factor IX infusions. It can take some weeks to show, and results differ between people.
fact-in-vivo-making-protein-zolgensma = For Zolgensma in spinal muscular atrophy, a working SMN1 gene lets the body make a protein that the nerve cells controlling the muscles need. For some, this can slow the disease.
fact-in-vivo-making-protein-luxturna = For Luxturna, the aim is not new, normal sight. It is to keep useful vision, such as being able to find your way around in dim light.
fact-in-vivo-making-protein-measured = Blood tests can measure how much of a protein there is, or how active an enzyme is. Tests may show a change before you feel any different.
fact-in-vivo-making-protein-timing = Some people notice a difference within a few weeks. For others it takes several months. It depends on the condition, the treatment and the person.
diagram-iv-making-protein =
    .title = Making the protein
    .desc = A liver with changed cells in it, as one example: for other treatments, the changed cells are in the eye, the nerves or the skin. Small protein blobs come out of the cells and travel in a blood vessel below. A chart beside it shows the protein level rising over several weeks.
    .frame-1 = In this example, liver cells with the new gene begin to make a protein.
    .frame-2 = The protein leaves the cells and travels in the blood.
    .frame-3 = Over the weeks, the chart shows the protein level rising.

## 7. Monitoring and long-term follow-up

step-in-vivo-monitoring = Check-ups and follow-up
    .lead = After the treatment, the care team checks how well the new gene is working and watches for side effects. Common ones feel like a mild flu, with fever, chills, tiredness, headaches or muscle aches. They tend to pass within a few days to a week. Some products carry serious risks of their own, such as liver injury with Zolgensma. Check-ups go on for weeks to months, and for some treatments much longer.
fact-in-vivo-monitoring-liver = Zolgensma's label carries a boxed warning: serious [[liver]] injury and sudden liver failure have happened, and some people died. Liver tests are done before treatment and for at least 3 months after, and a [[steroid]] medicine is given alongside.
fact-in-vivo-monitoring-blood-tests = Other treatments need regular blood tests too. For Roctavian, one hospital says blood tests are done every week for at least 26 weeks.
fact-in-vivo-monitoring-shedding = After an [[aav|AAV]] treatment, the vector can leave the body in body fluids for days to weeks. This is called [[shedding]].
fact-in-vivo-monitoring-common = Other common side effects are nausea or an upset stomach, especially after a drip into a vein. There can also be redness, swelling or soreness where an injection went in. These usually pass.
fact-in-vivo-monitoring-warning-signs = Serious problems are less common. Some people may get inflammation in the organ that received the genes. A high fever, trouble breathing, a severe allergic reaction or severe pain needs urgent medical help. Tell the team about any new or worsening symptoms.
fact-in-vivo-monitoring-long-term = Some gene therapies have long follow-up, to learn how long the benefit lasts and to catch late side effects. For vectors that build their gene into the chromosomes, it goes on for about 15 years.
fact-in-vivo-monitoring-children = Most gene therapies in use today change body cells, not eggs or sperm. So the new gene is usually not passed on to children. A child can still inherit the faulty gene from a parent. Genetic counseling can help a family understand this.
diagram-iv-monitoring =
    .title = Follow-up over time
    .desc = A timeline with check-ups close together in the first weeks and further apart later. Each check-up has a blood test tube and a tick. Above the start of the timeline, three drops of body fluid carry vector particles, each drop fainter than the last, for shedding that fades over days to weeks.
    .frame-1 = At first, drops of body fluid keep carrying vector particles out of the body.
    .frame-2 = Check-ups come close together in the first weeks, and each one is ticked.
    .frame-3 = Later, check-ups are further apart, and the drops grow fainter.

## Pictures of products whose route reaches other cells (`scenes` in
## content/therapies/in-vivo.toml). Their words rest on the sources of the products that show them.

diagram-iv-entering-retina =
    .title = Into the cells of the retina
    .desc = An eye seen from the side, with the retina lining its back. Under the retina is a small pocket of fluid holding vector particles. The particles go into the retina's cells, and in one cell, drawn large, the working gene reaches the nucleus.
    .frame-1 = Under the retina, a small pocket of fluid holds the vector particles.
    .frame-2 = The particles go into the cells of the retina.
    .frame-3 = The working RPE65 gene is now in the nucleus of these cells.
diagram-iv-entering-skin =
    .title = Into the cells of the skin
    .desc = Skin seen from the side, with a wound in its outer layer. A gel holding vector particles lies on the wound. The particles go into the skin cells there, and in one cell, drawn large, the working gene reaches the nucleus without joining the cell's own DNA.
    .frame-1 = The gel, with its vector particles, lies on the wound.
    .frame-2 = The particles go into the skin cells in the wound.
    .frame-3 = The working COL7A1 gene is in the nucleus, but it does not join the cell's own DNA.
diagram-iv-protein-retina =
    .title = The retina's cells make the protein
    .desc = The same eye seen from the side, and one retina cell drawn large. The working gene sits in the cell's nucleus as a small ring of DNA. Using it, the cell makes the protein it was missing, which slowly builds up in the cell. Light comes in through the front of the eye to the retina. The aim is to keep useful vision, such as finding your way in dim light, not to bring back normal sight.
    .frame-1 = The working RPE65 gene sits in the nucleus of a retina cell.
    .frame-2 = Using the gene, the cell makes the protein it was missing.
    .frame-3 = Light reaches the retina. The aim is to keep useful vision, such as finding your way in dim light.
diagram-iv-protein-skin =
    .title = The skin's cells make the collagen
    .desc = The same skin seen from the side, with its wound, and one skin cell drawn large. The working gene sits in the cell's nucleus, apart from the cell's own DNA. Using it, the cell makes a kind of collagen, a protein that holds the outer layer of skin to the layer below. Over months of weekly treatment, the wound can close over, though not every treated wound does.
    .frame-1 = The working COL7A1 gene sits in the nucleus of a skin cell.
    .frame-2 = Using the gene, the cells make a kind of collagen, which holds the skin's layers together.
    .frame-3 = Many treated wounds close, but not all.
diagram-iv-protein-nerve =
    .title = A protein the nerve cells need
    .desc = A nerve cell that controls a muscle, with its long fibre running to the muscle. The working SMN1 gene lets the body make a protein that these nerve cells need; here it is shown in one such cell, as a small ring of DNA in its nucleus. Using it, the cell makes the protein, which slowly builds up in the cell. Signals run along the fibre to the muscle. For some children the treatment can slow the disease; it does not work the same for everyone.
    .frame-1 = The working SMN1 gene lets the body make a protein that nerve cells controlling the muscles need. Here it is shown in one such nerve cell.
    .frame-2 = Using the gene, the cell makes a protein that these nerve cells need.
    .frame-3 = The nerve cell sends signals to the muscle. For some children, the treatment can slow the disease, but results differ.
