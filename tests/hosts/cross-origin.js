// Loads explainer.js from the loopback origin on the port `?from=` names.
const from = new URLSearchParams(location.search).get('from');
import(`http://127.0.0.1:${from}/explainer.js`).catch((e) => {
  document.documentElement.dataset.failed = String(e);
});
