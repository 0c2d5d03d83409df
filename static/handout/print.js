// The printable handout's one script (the page reads and prints without it): it shows the
// Print button, and writes the link back to the guide out in full, as paper needs it.
const button = document.querySelector('.gte-handout-print button');
if (button) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
const back = document.querySelector('.gte-handout-questions a');
if (back) back.textContent = back.href;
