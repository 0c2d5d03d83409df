# In vivo products. Keys as described at the top of therapies-ex-vivo.ftl, plus
# therapy-<id>-glance (answers at a glance, plain text, at most 40 words each) and the
# sources only these products use (source-<id>, .short). Facts checked on 2026-12-01
# against the labels listed in sources/labels/in-vivo.md.

## Sources only these products use

source-zolgensma-isi = ZOLGENSMA Important Safety Information, on the maker's (Novartis) website
    .short = ZOLGENSMA safety information
source-zolgensma-str1ve = ZOLGENSMA STR1VE study results, on the maker's (Novartis) website
    .short = ZOLGENSMA study results
source-luxturna-safety = LUXTURNA warnings and precautions, on the maker's website for health professionals
    .short = LUXTURNA safety profile
source-luxturna-dosing = LUXTURNA dosing summary (Psychiatry Advisor drug page, from the US label)
    .short = LUXTURNA dosing summary
source-luxturna-study = LUXTURNA phase 3 study description, on the maker's website for health professionals
    .short = LUXTURNA study
source-luxturna-nice = NICE (National Institute for Health and Care Excellence) guidance HST11 on Luxturna: the technology
    .short = NICE: Luxturna
source-hemgenix-hcp = HEMGENIX dosing and administration, on the maker's (CSL Behring) US website for health professionals
    .short = HEMGENIX dosing
source-hemgenix-risks = HEMGENIX potential risks, on the maker's UK website for patients and carers
    .short = HEMGENIX risks
source-hemgenix-fda = FDA approval of HEMGENIX, November 2022, as reported by MLO
    .short = FDA approval (HEMGENIX)
source-hemgenix-aabb = AABB news: FDA approves first gene therapy for hemophilia B, November 2022
    .short = AABB (HEMGENIX approval)
source-roctavian-pi = ROCTAVIAN (valoctocogene roxaparvovec) US prescribing information, Drugs.com copy
    .short = ROCTAVIAN prescribing information
source-roctavian-pharmacology = ROCTAVIAN clinical pharmacology, from the US label (GlobalRPh copy)
    .short = ROCTAVIAN pharmacology
source-roctavian-fda = FDA approval of ROCTAVIAN, June 2023, as reported by MLO
    .short = FDA approval (ROCTAVIAN)
source-vyjuvek-label = VYJUVEK (beremagene geperpavec) US label, on openFDA
    .short = VYJUVEK label
source-vyjuvek-pi-2023 = VYJUVEK prescribing information, 2023 version (RxReasoner copy)
    .short = VYJUVEK prescribing information 2023
source-vyjuvek-approval = FDA approval of VYJUVEK, May 2023, as reported by Precision Medicine Online
    .short = FDA approval (VYJUVEK)
source-vyjuvek-results = FDA approval of VYJUVEK and its study results, May 2023, as reported by Fierce Pharma
    .short = VYJUVEK study results
source-vyjuvek-home = Pharma Manufacturing: VYJUVEK approved as the first gene therapy that can be given again
    .short = VYJUVEK approval report

## In vivo

therapy-zolgensma = Zolgensma
    .generic = onasemnogene abeparvovec
    .disease = Spinal muscular atrophy (SMA)
    .who = In the United States, children under 2 with SMA. In Denmark, children with SMA type 1 and babies found to have SMA before it causes symptoms
    .tool = An AAV vector (AAV9) that carries a working copy of the SMN1 gene
    .route = One drip into a vein, lasting about an hour
    .approved = United States (FDA) and the European Union
therapy-zolgensma-assessment = Before Zolgensma, a blood test checks for [[antibody|antibodies]] against its AAV9 vector. Liver tests, kidney tests and blood counts are done too. If the child has an infection, treatment waits until it has cleared.
therapy-zolgensma-preparation = A [[steroid]] called prednisolone is started 24 hours before the drip, and it goes on for a while afterwards. It calms the immune reaction that can harm the [[liver]].
therapy-zolgensma-delivery = Zolgensma is given once, as a drip into a vein that lasts about 60 minutes.
therapy-zolgensma-entering-cells = After the drip, the vector travels in the blood. It brings a working SMN1 [[gene]], so the body can make the [[protein]] that the nerve cells controlling the muscles need.
therapy-zolgensma-making-protein = For Zolgensma, the new SMN1 [[gene]] helps the nerve cells that control the muscles. For some children this can slow the disease. In the main study, babies were treated at 6 months or younger.
therapy-zolgensma-monitoring = Zolgensma's label has a boxed warning: serious [[liver]] injury and sudden liver failure have happened, and some patients died. Liver tests run before and for at least 3 months after, with [[steroid]] cover. [[platelet|Platelet]] counts are checked for at least 3 months too.
therapy-zolgensma-glance =
    .time = The drip takes about an hour, on one day, and a steroid starts the day before. Liver and blood checks go on for at least 3 months after. The sources here do not say how long the tests before take.
    .hospital = It is one drip of about an hour. The sources here do not say where it is given or whether children stay overnight, so ask the care team.
    .risks = A boxed warning: serious liver injury and sudden liver failure, including deaths. Platelets can drop in the first 2 weeks. A clotting problem in tiny blood vessels (thrombotic microangiopathy) has also been reported.
    .who = In the United States, children under 2 with SMA caused by changes in both copies of the SMN1 gene. It has not been studied in advanced SMA, such as full paralysis of the arms and legs.
    .works = In the main study, 22 babies with SMA type 1 were treated at 6 months or younger. At 14 months old, 20 were alive without a permanent breathing machine. At 18 months, 13 could sit alone for 30 seconds.

therapy-luxturna = Luxturna
    .generic = voretigene neparvovec
    .disease = Inherited vision loss caused by changes in the RPE65 gene
    .who = People aged 1 and over whose retina still has enough working cells
    .tool = An AAV (adeno-associated virus) vector that carries a working copy of the RPE65 gene to cells in the eye
    .route = An injection under the retina, during eye surgery
    .approved = United States (FDA); recommended in Denmark
therapy-luxturna-assessment = For Luxturna, a genetic test must show changes in both copies of the RPE65 [[gene]]. An eye doctor checks that the retina still has enough working cells. The sources here describe no blood test for [[antibody|antibodies]].
therapy-luxturna-vector = Luxturna uses an [[aav|AAV]] vector, says NICE, the health body for England. It carries a working copy of the RPE65 [[gene]] to cells in the retina.
therapy-luxturna-preparation = For Luxturna, a [[steroid]] taken by mouth starts 3 days before the surgery on each eye. It is taken for about a week, then slowly lowered over about 10 days.
therapy-luxturna-delivery = In surgery, Luxturna is injected under the retina ([[subretinal]]). The second eye is treated at least 6 days after the first.
therapy-luxturna-entering-cells = Luxturna is not given into the blood: it is injected under the retina, and its working RPE65 [[gene]] goes into cells there.
therapy-luxturna-making-protein = For Luxturna, the cells that make the protein are in the retina. The aim is not new, normal sight. It is to keep useful vision, such as finding your way in dim light.
therapy-luxturna-monitoring = After surgery, a bubble may stay in the eye for a week or more. Until it has gone, avoid flying, high mountains and scuba diving, because pressure changes could cause lasting vision loss. Eye checks look for infection, raised eye pressure and retina damage.
therapy-luxturna-glance =
    .time = Tests come first. Each eye has its own surgery, at least 6 days apart, with a steroid from 3 days before. The bubble in each eye takes a week or more to go. No source here gives the whole length.
    .hospital = The injection is given during eye surgery. The sources here do not say whether people stay overnight. Most gene therapies are outpatient visits, but ask the care team.
    .risks = Infection inside the eye, cataract, raised eye pressure, tears, holes or detachment of the retina, and a lasting loss of sharp sight. Flying before the bubble has gone can harm vision for good.
    .who = People aged 1 and over with vision loss from changes in both copies of the RPE65 gene, whose retina still has enough working cells.
    .works = The main study had 31 people aged 4 to 44. It tested how well they found their way around a course in different light. Its result was not in the pages read here. Results differ from person to person.

therapy-hemgenix = Hemgenix
    .generic = etranacogene dezaparvovec
    .disease = Hemophilia B, an inherited bleeding disorder
    .who = Adults with hemophilia B. In the United States, those who use regular factor IX treatment to prevent bleeds, or have had life-threatening or repeated serious bleeds. In Denmark, severe or moderately severe hemophilia B
    .tool = A vector that helps liver cells make more factor IX, a protein blood needs to clot
    .route = Given once, as a drip into a vein over 1 to 2 hours
    .approved = United States (FDA); recommended in Denmark (Danish Medicines Council)
therapy-hemgenix-assessment = Before Hemgenix, all the screening tests must be done and passed before the infusion day is booked. The sources here do not list which tests these are, so ask the care team.
therapy-hemgenix-vector = Hemgenix uses an [[aav|AAV]] vector, says the FDA approval news. It carries a gene for factor IX, the clotting [[protein]] that people with hemophilia B have too little of.
therapy-hemgenix-preparation = Its maker says no special medicine is needed beforehand. If the treatment centre is far from home, plan to spend 1 to 2 days there.
therapy-hemgenix-delivery = Hemgenix is given only once, as an [[infusion]] into a vein that takes 1 to 2 hours, without an overnight stay. Staff check for side effects during the drip and afterwards.
therapy-hemgenix-entering-cells = The vector takes the factor IX [[gene]] to [[liver]] cells. Its maker says some of it could join the cell's own DNA, a possible long-term risk. It calls the chance of such longer-term effects low.
therapy-hemgenix-making-protein = Afterwards, [[liver]] cells make more factor IX themselves. The effect can take a few weeks to show, and results differ from person to person.
therapy-hemgenix-monitoring = Blood tests are done regularly after Hemgenix. They check the [[liver]], which may become inflamed for a time, says its maker. Other possible risks are a higher chance of blood clots. Some risks may not be known yet.
therapy-hemgenix-glance =
    .time = Screening tests come first. The infusion takes 1 to 2 hours, on one day, and the effect can take a few weeks to show. Regular blood tests follow; the sources here do not say for how long.
    .hospital = Usually no stay: it is an outpatient infusion of 1 to 2 hours. If the treatment centre is far from home, plan on 1 to 2 days there.
    .risks = The most common side effects were raised liver enzymes, headache, mild infusion reactions and flu-like symptoms. Possible later risks are liver inflammation, blood clots, and the gene joining the cell's DNA.
    .who = Adults with hemophilia B who use regular factor IX treatment to prevent bleeds, or have had life-threatening or repeated serious bleeds (United States). In Denmark, severe or moderately severe hemophilia B.
    .works = In the main study of 54 men, bleeds per year fell by about half (54%), and the need for regular factor IX fell. The news read here does not give the follow-up time. Results differ from person to person.

therapy-roctavian = Roctavian
    .generic = valoctocogene roxaparvovec
    .disease = Severe hemophilia A
    .who = Adults with severe hemophilia A who meet certain criteria, including having no antibodies to AAV5
    .tool = An AAV vector (AAV5) that carries a working copy of the missing gene
    .route = A drip into a vein lasting 1 to 2 hours, without staying overnight, says one hospital
    .approved = United States (FDA)
therapy-roctavian-assessment = Blood tests first check for [[antibody|antibodies]] to AAV5, the type of vector Roctavian uses, and for factor VIII inhibitors. The [[liver]] is checked too. People with serious liver scarring or an active infection cannot have it.
therapy-roctavian-preparation = The sources here do not describe a medicine started before Roctavian. A [[steroid]] may be needed afterwards, to calm the immune system so the treatment can work safely. In the main study, most people had one.
therapy-roctavian-delivery = One hospital says the drip takes 1 to 2 hours and needs no overnight stay. It starts slowly and may be sped up if it goes well. Afterwards, people are watched for at least 3 hours.
therapy-roctavian-entering-cells = The vector takes the factor VIII [[gene]] to [[liver]] cells. Most of its DNA stays separate from the cell's DNA, but a small share can join it. This was seen in liver samples from 5 people, and in one other body tissue.
therapy-roctavian-making-protein = The new gene lets [[liver]] cells make factor VIII, the clotting [[protein]] missing in hemophilia A. How much they make may fall over the years.
therapy-roctavian-monitoring = One hospital says blood tests are done every week for at least 26 weeks. They check the [[liver]] and the factor VIII level. A factor VIII level above normal may raise the risk of blood clots.
therapy-roctavian-glance =
    .time = Tests come first, including one for AAV5 antibodies. The drip takes 1 to 2 hours, on one day. One hospital says weekly blood tests follow for at least 26 weeks.
    .hospital = No overnight stay, says one hospital: a 1 to 2 hour drip as an outpatient, then at least 3 hours of watching.
    .risks = Rises in liver enzymes are common, and most people in the study needed a steroid. Infusion reactions, headache, nausea and tiredness can occur. A high factor VIII level may raise the risk of blood clots.
    .who = Adults with severe hemophilia A, whose blood has almost no factor VIII, and no antibodies to AAV5 on an approved test. Not for people with serious liver scarring or an active infection.
    .works = In the main study, 112 men were followed for at least 3 years. Their bleeds fell from about 5 a year to under 3 a year, on average. The effect may lessen over time. Results differ from person to person.

therapy-vyjuvek = Vyjuvek
    .generic = beremagene geperpavec
    .disease = Dystrophic epidermolysis bullosa, a rare inherited condition in which the skin is fragile and blisters
    .who = Children and adults with dystrophic epidermolysis bullosa caused by changes in the COL7A1 gene. The US label's rules on who can have it changed in September 2025; ask the care team about the youngest age
    .tool = A changed herpes simplex virus (HSV-1), in a gel, that carries a working COL7A1 gene
    .route = Put onto the wounds once a week by a health worker, in a clinic or at home
    .approved = United States (FDA)
therapy-vyjuvek-assessment = Vyjuvek is for wounds of dystrophic epidermolysis bullosa caused by a change in the COL7A1 [[gene]]. Genetic tests can confirm this. The picture shows [[antibody|antibodies]] blocking a vector in the blood; the sources here describe no such test for Vyjuvek.
therapy-vyjuvek-vector = Vyjuvek's [[vector]] is not AAV. It is a changed herpes simplex virus (HSV-1) that cannot multiply in the body's cells. It carries a working copy of COL7A1, the [[gene]] for a collagen that holds the skin's layers together.
therapy-vyjuvek-preparation = The sources here describe no medicine, such as a [[steroid]], taken before Vyjuvek.
therapy-vyjuvek-delivery = A health worker puts Vyjuvek gel straight onto the chosen wounds and covers them with dressings. This is done once a week, in a clinic or at home.
therapy-vyjuvek-entering-cells = Vyjuvek is not given into the blood: it is put on the skin. The gene goes into skin cells in the wound. It does not join the cell's own DNA, and the vector does not multiply.
therapy-vyjuvek-making-protein = For Vyjuvek, the cells that take up the gene are in the skin. With the new [[gene]], skin cells can make the collagen that holds the skin's layers together. Treated wounds can close. Results differ from wound to wound and from person to person.
therapy-vyjuvek-monitoring = The picture shows vector in body fluids; for Vyjuvek, care is about the wounds. For about a day after each dose, others should not touch treated wounds or dressings; carers wear gloves to change dressings. Rinse eye or mouth splashes with water for 15 minutes.
therapy-vyjuvek-glance =
    .time = It goes on week after week: the gel is put on once a week, for as long as the care team advises. The sources here give no fixed end date.
    .hospital = No hospital stay is needed. A health worker puts on the gel in a clinic or at home.
    .risks = The most common side effects were itching, chills, redness, rash, cough and a runny nose. Others should not touch treated wounds or dressings for about a day.
    .who = Children and adults with dystrophic epidermolysis bullosa caused by changes in the COL7A1 gene. The US label's rules on who can have it changed in September 2025, so ask the care team about the youngest age.
    .works = The main study had 31 people aged 1 to 44. At 6 months, about 2 in 3 treated wounds had fully closed, against about 1 in 4 wounds given a dummy gel. Results differ from person to person.
