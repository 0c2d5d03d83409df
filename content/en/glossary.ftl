# The glossary: one plain definition per term, at most 40 words (aim for 25).
# Keys: term-<id> (the term as a heading) and its .def. Structure and sources:
# content/glossary.toml. Mark a term in running text as [[id]] or [[id|words shown]].

## Carriers and genes

term-vector = vector
    .def = A carrier that takes a new gene into cells. It is often a virus that has been changed so that it should not cause disease, but can still deliver the gene.
term-aav = AAV (adeno-associated virus)
    .def = A kind of virus used as a vector. The gene it carries mostly stays outside the cell's chromosomes, as a tiny circle of DNA, though a small share can join the cell's DNA.
term-adenovirus = adenovirus
    .def = A kind of virus used as a vector. Like AAV, the gene it carries mostly stays outside the cell's chromosomes.
term-lentivirus = lentivirus (lentiviral vector)
    .def = A kind of virus used as a vector. It puts the new gene into the cell's chromosomes, so each new cell gets a copy.
term-gammaretrovirus = gammaretrovirus (gammaretroviral vector)
    .def = An older kind of virus used as a vector. It puts its gene into the chromosomes, and in some early treatments this led to leukemia.
term-plasmid = plasmid
    .def = A small circle of DNA that scientists can build to carry a helpful gene into human cells.
term-liposome = liposome
    .def = A tiny ball of fat that can carry a gene into cells without using a virus.
term-episome = episome
    .def = A tiny circle of DNA that stays inside the cell but outside its chromosomes. Genes brought by AAV mostly stay like this.
term-chromosome = chromosome
    .def = A long strand of DNA inside a cell that holds its genes. A new gene that joins one is passed on to every cell made from it.
term-gene = gene
    .def = An instruction in the body's DNA that tells cells how to work. A gene that does not work properly can cause disease.
term-gene-therapy = gene therapy
    .def = A treatment that changes genes to treat or prevent disease. It can add a working gene, switch a harmful one off, edit the cell's DNA, or give cells a new ability, as CAR-T does.
term-protein = protein
    .def = A substance cells make by following the instructions in a gene. Proteins keep the body working.
term-crispr = CRISPR
    .def = A gene editing tool. It finds a chosen place in a cell's DNA and changes it there, for example to repair a faulty gene or to switch one off.

## Cells and treatments

term-car-t = CAR-T
    .def = A cancer treatment. A person's own immune cells are changed in a lab to find and attack the cancer, then given back. As it joins living cells with a gene change, the rules count it as gene therapy.
term-t-cell = T cell
    .def = A kind of white blood cell that is part of the immune system. CAR-T treatments change T cells to fight cancer.
term-stem-cell = stem cell
    .def = A cell that can make other kinds of cells. Blood stem cells make all the different cells in the blood.
term-bone-marrow = bone marrow
    .def = The inside of bones, where blood stem cells live and make new blood cells.
term-cord-blood = cord blood
    .def = Blood from a newborn baby's umbilical cord. It contains blood stem cells that can be collected.
term-mobilization = mobilization
    .def = Giving a medicine that moves blood stem cells out of the bone marrow into the blood, so more of them can be collected.
term-apheresis = apheresis
    .def = Collecting cells from the blood with a machine. Blood flows from a vein through the machine, which keeps the cells that are needed.
term-conditioning = conditioning
    .def = Chemotherapy or other medicines given before new stem cells go in, to make room for them to grow in the bone marrow.
term-chemotherapy = chemotherapy
    .def = Strong medicine, such as busulfan. It makes room in the bone marrow before stem-cell treatments, and a short course is given before CAR-T.
term-infusion = infusion
    .def = Giving cells or medicine as a liquid through a drip into a vein.
term-engraftment = engraftment
    .def = When new stem cells settle in the bone marrow and start to make new blood cells. It can be slow, and in rare cases it fails.
term-neutrophil = neutrophil
    .def = A kind of white blood cell. When neutrophils come back after treatment, it shows the new stem cells have started to make blood cells.
term-platelet = platelet
    .def = A tiny part of the blood that helps it clot, so that bleeding stops.
term-immune-system = immune system
    .def = The body's defense against germs. It can also attack things it sees as strangers, such as the virus in a vector.
term-antibody = antibody
    .def = Something the immune system makes to recognize a virus it has met before. Antibodies can stop a vector from working.
term-steroid = steroid
    .def = A medicine that calms the immune system. Some gene therapies start one, such as prednisolone, the day before the treatment.
term-intrathecal = intrathecal
    .def = Given by injection into the spinal fluid. This route is used for conditions of the brain and nerves.
term-subretinal = subretinal
    .def = Under the retina, at the back of the eye. Some gene therapy for the eye is injected there during surgery.
term-liver = liver
    .def = An organ whose cells can take up some vectors and make a missing protein. Liver blood tests check that it stays healthy.
term-shedding = shedding
    .def = When parts of a vector leave the body in its fluids for days or weeks after treatment.
term-clinical-trial = clinical trial
    .def = A research study that tests whether a treatment is safe for people and learns how it affects the body.

## Risks and transplants

term-insertional-oncogenesis = insertional oncogenesis
    .def = A cancer risk from where a vector puts its gene. Landing in a chromosome near a gene that controls growth can switch that gene on.
term-gvhd = GVHD (graft-versus-host disease)
    .def = When cells from a donor attack the body of the person who received them.
term-graft-rejection = graft rejection
    .def = When the body attacks cells from a donor, or does not accept them.
term-immunosuppression = immunosuppression
    .def = Using medicines to make the immune system weaker, for example so it does not attack new cells.
term-donor = donor
    .def = A person who gives their cells, such as blood stem cells, to someone else.
term-transplant = stem cell transplant
    .def = A treatment that gives a person blood stem cells from a donor, to build new blood and immune cells.
term-hla = tissue type (HLA)
    .def = General background, not from this guide's sources: the set of markers on cells, called HLA, that the immune system uses to tell the body's own cells from others. Donors are matched to patients on it.
term-registry = donor registry
    .def = A list of people who have offered to give stem cells. It is searched to find a matching donor outside the family.
