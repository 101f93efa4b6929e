// Demo pages only: under every example widget (class "example"), show the
// exact HTML to paste into a CMS — the script tag and the element as written
// in this page — with a Copy button. Built with DOM text, never HTML strings.
(function () {
  // A page may say which bundle its readers should load (the static page uses the classic script).
  var bundle = (document.currentScript && document.currentScript.getAttribute('data-bundle')) || '../dist/cso-widgets.js';
  var script = new URL(bundle, document.baseURI).href;
  var classic = /\.iife\.js$/.test(bundle);
  var examples = document.querySelectorAll('.example');
  for (var i = 0; i < examples.length; i++) addSnippet(examples[i]);

  function absolute(element) {
    // Make data URLs absolute so the snippet works pasted into any page on this site.
    var copy = element.cloneNode(true);
    var src = copy.getAttribute('src');
    if (src) copy.setAttribute('src', new URL(src, document.baseURI).href);
    copy.classList.remove('example');
    if (!copy.classList.length) copy.removeAttribute('class');
    return copy.outerHTML;
  }

  function addSnippet(element) {
    var tag = classic ? '<script src="' + script + '"></script>' : '<script type="module" src="' + script + '"></script>';
    var snippet = tag + '\n' + absolute(element);
    var details = document.createElement('details');
    details.className = 'snippet';
    var summary = document.createElement('summary');
    summary.textContent = 'Embed code';
    var pre = document.createElement('pre');
    var code = document.createElement('code');
    code.textContent = snippet;
    pre.appendChild(code);
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Copy';
    var status = document.createElement('span');
    status.setAttribute('role', 'status');
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(snippet).then(
        function () { status.textContent = ' Copied.'; },
        function () { status.textContent = ' Select the code and copy it.'; }
      );
    });
    details.append(summary, pre, button, status);
    element.insertAdjacentElement('afterend', details);
    // Gives back the room demo.css kept for the code until now (in the same frame as the code comes).
    element.classList.add('with-snippet');
  }
})();
