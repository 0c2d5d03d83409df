# The printed handout of one pathway. It ends with "Questions to ask your care team".
# Plain language, reading age about 12; calm; no promises. Plain text values only:
# no selectors, functions, variables or term references.
# Keys: handout-<part>; handout-<pathway> with .ask-1, .ask-2, ... (one question each,
# numbered from 1 without gaps). Every topic a question raises is one that the source
# texts (sources/) or the pathway's own content mention.

handout-print = Printable handout
handout-print-now = Print this handout
handout-title = Handout
handout-questions = Questions to ask your care team
handout-back = See the animated steps online:
handout-note = This handout is general information, not medical advice: your care team knows your situation best.

## Ex vivo gene therapy

handout-ex-vivo =
    .ask-1 = How many rounds of stem-cell collection might I need, and how long does each round take?
    .ask-2 = Could the chemotherapy before treatment affect my fertility, and should I save eggs or sperm first?
    .ask-3 = How long might I be in hospital, and how long could the whole process take from start to recovery?
    .ask-4 = How can I lower my risk of infection while my blood counts are low, and for how long?
    .ask-5 = How long will my check-ups go on after treatment, and what will they look for?
    .ask-6 = Could my children still inherit the faulty gene after I am treated, and could genetic counseling help us?
    .ask-7 = What will my insurance cover, and is there help with the costs?
    .ask-8 = Will back-up stem cells be kept for me, and what happens if the changed cells are slow to take hold or do not take hold?
    .ask-9 = Besides fertility, which side effects of the chemotherapy should I expect, and what is my risk of cancer later on?

## In vivo gene therapy

handout-in-vivo =
    .ask-1 = Will I be tested for antibodies that could stop the vector from working?
    .ask-2 = Will I need medicines such as steroids before or after the treatment, or need to pause any of mine?
    .ask-3 = How will you check that the new gene is working, for example by measuring a protein in my blood?
    .ask-4 = Which side effects are common, and which warning signs mean I should get urgent help?
    .ask-5 = How often will I need blood tests, such as liver tests, and how long will follow-up go on?
    .ask-6 = How long might the vector leave my body in body fluids, and what does that mean for my family?
    .ask-7 = How long is the effect likely to last for me, and could it fade over time?
    .ask-8 = Does my treatment's label carry a special warning, for example about the liver, and which checks go with it?

## Stem-cell transplant from a donor (HSCT)

handout-hsct =
    .ask-1 = How likely am I to find a matched donor, in my family or on a donor registry?
    .ask-2 = If my donor is only a partial match, how would that change the risks of rejection and GVHD?
    .ask-3 = What kind of conditioning will I need before the transplant, and how strong will it be?
    .ask-4 = How long until the donor's cells start working, and how long might I be in hospital?
    .ask-5 = How will you watch for infections and GVHD, in the first 100 days and after that?
    .ask-6 = Will I need medicines to calm my immune system, and for how long?
    .ask-7 = Could gene therapy be an option for me instead, perhaps in a clinical trial?
