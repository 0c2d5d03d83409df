# Interface labels: every word of the widget's chrome. Keys are named by meaning.
# Placeables allowed here: { $variable } and { -term } only (see ARCHITECTURE.md).

-app-name = How gene therapy works

app-title = { -app-name }
document-title = { $view } – { -app-name }
app-tagline = A step-by-step guide, with the source of every fact.

progress = Step { $current } of { $total }
nav-label = Step controls
nav-previous = Previous
nav-next = Next
# In the presentation, Next shows a step's key facts (a slide of three at a time) first.
nav-facts = Key facts
nav-more-facts = More key facts
steps-nav-label = All steps
step-list-item = { $number }. { $title }
facts-heading = Key facts
fact-sources = Source:
step-sources = Based on:
diagram-caption = Diagram
live-step = Step { $current } of { $total }: { $title }
live-facts = Step { $current } of { $total }: { $title }, key facts
keyboard-hint = Keys: ← and → or Page Up and Page Down move between steps; Home and End jump to the first and last step; 1, 2, 3 show that picture of the animation. On a touch screen, swipe left or right.

note-unknown-pathway = We couldn't find a guide called “{ $asked }”, so this shows { $shown }.
note-step-out-of-range = There is no step “{ $asked }” in this guide. It has { $total } steps, so this shows step { $shown }.
note-malformed = We couldn't read that link, so this shows the start of the guide.
note-dismiss = Hide this note

disclaimer = This is general information, not medical advice. Please talk with your own care team about your situation.
reviewed = Last checked on { $date }: on that day, the words were read against the source texts and references named beside them. Each product shows when its label was checked. Sources can change after this date.
step-sources-heading = Sources for this step

views-label = Guides and views
link-new-tab = (opens in a new tab)
page-compare = Compare side by side
    .intro = Gene therapy with your own cells changed in a lab, gene therapy given straight into the body, and a stem-cell transplant from a donor: the same questions, answered for each.
page-timeline = Timeline around Day 0
    .intro = Day 0 is the day the cells or the gene therapy are given. Each bar shows when a part of the treatment happens and how long it lasts. Up to 8 months either side of Day 0 the bars are drawn to one scale, so their lengths compare; after a marked break, the years of check-ups are squeezed in. Figures come from different products, and each group says whose. Times differ from person to person.
page-glossary = Glossary
    .intro = The words used in this guide, each explained in a sentence or two.
glossary-jump = Jump to a letter
page-sources = Sources
    .intro = Every fact in this guide comes from one of these sources. Each one lists the steps it supports.

therapy-picker-label = Follow one treatment:
therapy-picker-none = No specific treatment (general steps)
therapy-card-heading = { $name } at this step
therapy-card-following = Following { $name }
page-waiting = Loading this page…
page-failed = This page could not be loaded. Check the connection and reload the page to see it.
therapy-details-waiting = Loading the details of { $name }…
therapy-details-failed = The details of { $name } could not be loaded. Check the connection and reload the page to see them.
therapy-card-more = About { $name }
therapy-field-generic = Full name
therapy-field-disease = Condition
therapy-field-who = Who it is for
therapy-field-tool = How the gene is changed or carried
therapy-field-route = How it is given
therapy-field-approved = Where it is approved
therapy-checked = Facts checked against { $label } on { $date }.
fact-not-for = Not about { $name }:
fact-not-for-note = General facts marked “Not about { $name }” describe other products, not this one.

stage-jump-label = The same stage in another treatment:
stage-jump-link = { $pathway }: { $title }

compare-question = Question
compare-jump = Jump to a question
compare-not-applicable = Not applicable:
compare-walk = Walk through { $pathway }, step by step

timeline-on = { $label }: { $when }
timeline-range = { $label }: from { $from } to { $to }
timeline-day-zero = Day 0
timeline-days-before = { $n ->
    [one] 1 day before
   *[other] { $n } days before
}
timeline-days-after = { $n ->
    [one] 1 day after
   *[other] { $n } days after
}
timeline-months-before = { $n ->
    [one] about 1 month before
   *[other] about { $n } months before
}
timeline-months-after = { $n ->
    [one] about 1 month after
   *[other] about { $n } months after
}
timeline-years-before = { $n ->
    [one] about 1 year before
   *[other] about { $n } years before
}
timeline-years-after = { $n ->
    [one] about 1 year after
   *[other] about { $n } years after
}

sources-kind-text = One of the texts this guide was written from.
sources-kind-reference = A published reference (a product label, a hospital or registry page, or a journal) named in this guide's fact sheet.
sources-kind-label = A product label or a regulator's text, read for this guide on the date shown (sources/labels/ in the project).
sources-supports = Supports:
sources-step = { $pathway }: { $title }
sources-open = Open the source
sources-dated = Read or last updated: { $date }

note-unknown-therapy = We couldn't find a treatment called “{ $asked }”, so this shows the general steps.
note-therapy-elsewhere = { $name } follows a different path, so this shows { $shown }.
note-unknown-param = This guide has no setting called “{ $asked }”, so it was ignored.
note-bad-value = “{ $asked }” is not a choice for “{ $name }”, so the usual one is used.

end-heading = You have reached the end of this guide
end-compare = Compare the three treatments side by side
end-timeline = See the timeline around Day 0
end-other = Read about { $pathway }

diagram-frame = { $current } of { $total }: { $text }
diagram-still = { $title }, picture { $current }
diagram-play = Play
diagram-pause = Pause
diagram-replay = Replay
diagram-back = Previous picture
diagram-forward = Next picture
diagram-stills = Show still pictures
diagram-moving = Show moving pictures
diagram-highlight = Highlighted for { $name }: { $route }.

tracker-label = Where are the cells now?
tracker-now = Where the cells are now: { $where }.
tracker-donor = In the donor's body
tracker-body = In your body
tracker-bag = In a collection bag
tracker-lab = In the lab
tracker-frozen = Waiting, often frozen
tracker-returned = Back in your body
tracker-given = Given to you, in your body

## Presentation mode (classroom) and the handout
present-enter = Present
    .hint = Full screen, big type, for projecting in a classroom
present-exit = Exit presentation
present-blank = Blank screen (B)
present-unblank = The screen is blank. Press any key or click to show it again.
present-copy = Copy link to this step
present-copied = Link copied.
present-link-label = Link to this step
present-notes = Teacher notes

## Share or embed (the widget's foot): a link to this place and both embed codes
share-open = Share or embed this guide
share-note = Send the link, or paste an embed code into your web page's HTML (in most site editors, an "HTML" or "Embed" block).
share-link = Link to this page of the guide
share-link-copy = Copy link
share-iframe = Embed code, iframe: works on any site
share-iframe-copy = Copy iframe code
share-element = Embed code, web component: fits your page's column; the guide's server must allow your site
share-element-copy = Copy web component code
share-copied = Copied.
share-help = How to embed it, with a working example
# The embedded frame's name for screen readers, and the link shown until the guide loads.
share-frame-title = { -app-name }: an interactive guide

## At a glance: the reader's first questions, answered first on a pathway's first step
## and in the handout (answers: glance-<pathway> or therapy-<id>-glance).

glance-heading = At a glance
glance-heading-therapy = { $name } at a glance
glance-time = How long does it take?
glance-hospital = How long in hospital?
glance-risks = What are the main risks?
glance-who = Who can have it?
glance-works = How well does it work?
