# Interface labels: every word of the widget's chrome. Keys are named by meaning.
# Placeables allowed here: { $variable } and { -term } only (see ARCHITECTURE.md).

-app-name = How gene therapy works

app-title = { -app-name }
app-tagline = A step-by-step guide, with the source of every fact.

progress = Step { $current } of { $total }
nav-label = Step controls
nav-previous = Previous
nav-next = Next
steps-nav-label = All steps
step-list-item = { $number }. { $title }
facts-heading = Key facts
fact-sources = Source:
step-sources = Based on:
diagram-caption = Diagram
live-step = Step { $current } of { $total }: { $title }
keyboard-hint = Keys: ← and → or Page Up and Page Down move between steps; Home and End jump to the first and last step. On a touch screen, swipe left or right.

note-unknown-pathway = We couldn't find a guide called “{ $asked }”, so this shows { $shown }.
note-step-out-of-range = There is no step “{ $asked }” in this guide. It has { $total } steps, so this shows step { $shown }.
note-malformed = We couldn't read that link, so this shows the start of the guide.
note-dismiss = Hide this note

disclaimer = This is general information, not medical advice. Please talk with your own care team about your situation.
reviewed = Content reviewed on { $date }.
sources-heading = Sources
