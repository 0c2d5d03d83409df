# The Day-0 timeline: short labels (at most 12 words, plain, no glossary markup) for the
# range bars in content/timeline.toml. Day 0 is the day the cells or the vector are given.
# The widget adds the timing after each label ("…: from 7 days before to 1 day before"),
# so a label names the phase and the figure it rests on. Where a bar's start or end is an
# estimate, the label says "about".

## Ex vivo gene therapy

timeline-ex-vivo-transfusions = Red-cell transfusions start, about 2 months before collection (Casgevy)
timeline-ex-vivo-collection = Stem cells collected, 2–3 days per round (Casgevy)
timeline-ex-vivo-making = Cells made and tested in the lab: several months (Casgevy, dates approximate)
timeline-ex-vivo-conditioning = Busulfan chemotherapy, several days in about the week before (Casgevy)
timeline-ex-vivo-infusion = Your changed cells go back by drip
timeline-ex-vivo-hospital = In hospital after the infusion: most stay 3–5 weeks (Casgevy)
timeline-ex-vivo-neutrophils = White cells recover: 12–40 days (Casgevy, adults with thalassemia)
timeline-ex-vivo-immune-system = New immune system builds: 2–3 months (primary immunodeficiencies)
timeline-ex-vivo-infection = High infection risk: about 6 months, says one patient website (sickle cell)
timeline-ex-vivo-follow-up = Check-ups: about 15 years (vectors that join chromosomes)

## In vivo gene therapy

timeline-in-vivo-steroid = Steroid medicine starts (Zolgensma)
timeline-in-vivo-infusion = The vector is given (Roctavian drip: 1–2 hours, one hospital)
timeline-in-vivo-second-eye = Second eye: no sooner than 6 days after the first (Luxturna)
timeline-in-vivo-shedding = AAV vector leaves the body in fluids: days to weeks (about)
timeline-in-vivo-effect = Effect can take a few weeks to show (Hemgenix, about)
timeline-in-vivo-liver-tests = Liver tests (liver-injury warning): at least 3 months, or longer (Zolgensma)
timeline-in-vivo-blood-tests = Weekly blood tests: at least 26 weeks, or longer (Roctavian)

## Stem-cell transplant from a donor

timeline-hsct-infusion = The donor's stem cells go in by drip
timeline-hsct-engraftment = Donor cells take hold: 10–21 days (marrow or blood)
timeline-hsct-engraftment-cord = Cord blood cells take hold: up to about 6 weeks
timeline-hsct-first-100-days = First 100 days: close watch for infection and GVHD

## How the bars are grouped

timeline-general = For most treatments of this kind
timeline-yours = { $name }: the treatment you follow
timeline-none = This timeline has no bars of { $name }'s own: the ones below are other products', or for most treatments of this kind.
timeline-break = The dashed box on each bar is a break in the scale: past it, 8 months to 15 years are squeezed in.
