# The static pages' own words (static/guide/, the first view in index.html): shown before
# the interactive guide starts, or instead of it. Rendered by scripts/generate, so they are
# not in the wasm. Plain text values only.

# While the view a link asks for is on its way.
static-loading = Loading this part of the guide…
# When the interactive parts could not start (blocked, failed download, an old browser).
static-failed = The moving pictures and other interactive parts could not start here. You can still read every step and follow its links.
# Scripts are off: said at the foot of the page.
static-no-script = Scripts are turned off, so the pictures show as still frames. Every step and its links work.
# Opened from a folder (file://) rather than a website.
static-file = Opened from a folder, this guide shows its pages only: its moving pictures and other interactive parts need a web server.
# A fault while the guide ran.
static-broken = Something went wrong in the interactive guide. The page below still works, or reload to start again.
static-reload = Reload
