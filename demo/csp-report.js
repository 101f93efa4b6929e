// Collects Content-Security-Policy violations for demo/csp.html and its test.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', function (event) {
  window.cspViolations.push(event.violatedDirective + ' ' + (event.blockedURI || '') + ' ' + (event.sample || ''));
  var out = document.getElementById('violations');
  if (out) out.textContent = String(window.cspViolations.length);
});
