# In vivo products. Keys as described at the top of therapies-ex-vivo.ftl.

## In vivo

therapy-zolgensma = Zolgensma
    .generic = onasemnogene abeparvovec
    .disease = Spinal muscular atrophy (SMA)
    .who = In the United States, children under 2 with SMA. In Denmark, children with SMA type 1 and babies found to have SMA before it causes symptoms
    .tool = An AAV vector (AAV9) that carries a working copy of the SMN1 gene
    .route = One drip into a vein, lasting about an hour
    .approved = United States (FDA) and the European Union
therapy-zolgensma-assessment = Before Zolgensma, a blood test checks for [[antibody|antibodies]] against the vector.
therapy-zolgensma-preparation = A [[steroid]] called prednisolone is started 24 hours before the infusion.
therapy-zolgensma-delivery = Zolgensma is given once, as a drip into a vein that lasts about 60 minutes.
therapy-zolgensma-making-protein = The new SMN1 [[gene]] lets the body make the [[protein]] that nerve cells need. For some children this slows the disease, and in studies fewer needed a breathing machine all the time.
therapy-zolgensma-monitoring = [[liver|Liver]] blood tests go on for at least 3 months after the infusion.

therapy-luxturna = Luxturna
    .generic = voretigene neparvovec
    .disease = Inherited vision loss caused by changes in the RPE65 gene
    .who = People aged 1 and over whose retina still has enough working cells
    .tool = An AAV vector that carries a working copy of the RPE65 gene to cells in the eye
    .route = An injection under the retina, during eye surgery
    .approved = United States (FDA); recommended in Denmark
therapy-luxturna-delivery = In surgery, Luxturna is injected under the retina ([[subretinal]]). The second eye is treated at least 6 days after the first.
therapy-luxturna-making-protein = The aim is not new, normal sight. It is to keep useful vision, such as finding your way in dim light.
therapy-luxturna-monitoring = After surgery, a gas bubble stays in the eye for a while. People must not fly until it has gone.

therapy-hemgenix = Hemgenix
    .generic = etranacogene dezaparvovec
    .disease = Hemophilia B, an inherited bleeding disorder
    .who = Adults with severe or moderately severe hemophilia B
    .tool = A vector that helps liver cells make more factor IX, a protein blood needs to clot
    .route = Given once, as an infusion
    .approved = Approved for adults; recommended in Denmark (Danish Medicines Council)
therapy-hemgenix-delivery = Hemgenix is given only once, as an [[infusion]].
therapy-hemgenix-making-protein = Afterwards, [[liver]] cells make more factor IX themselves. The effect can take a few weeks to show, and results differ from person to person.

therapy-roctavian = Roctavian
    .generic = valoctocogene roxaparvovec
    .disease = Severe hemophilia A
    .who = Adults with severe hemophilia A who meet certain criteria, including having no antibodies to AAV5
    .tool = An AAV vector (AAV5) that carries a working copy of the missing gene
    .route = A drip into a vein lasting 1 to 2 hours, without staying overnight, says one hospital
    .approved = United States (FDA)
therapy-roctavian-assessment = A blood test first checks that the person has no [[antibody|antibodies]] to AAV5, the type of vector Roctavian uses.
therapy-roctavian-delivery = One hospital says the drip takes 1 to 2 hours and needs no overnight stay. Afterwards, people are watched for at least 3 hours.
therapy-roctavian-monitoring = One hospital says blood tests are done every week for at least 26 weeks.

therapy-vyjuvek = Vyjuvek
    .generic = beremagene geperpavec
    .disease = Dystrophic epidermolysis bullosa, a rare inherited condition in which the skin is fragile and blisters
    .who = People aged 6 months and over with dystrophic epidermolysis bullosa
    .tool = A gene therapy put straight onto the skin (topical)
    .route = Put onto the wounds on the skin
    .approved = United States (FDA)
therapy-vyjuvek-delivery = Vyjuvek is put straight onto the wounds, on the skin.
