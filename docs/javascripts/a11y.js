// Accessibility fixes found by axe-core in tests/test_site.py, for what mkdocs-material 9.8
// and mkdocs-jupyter leave out: the search dialog has no name; the version button's name
// ("Select version") does not contain the version it shows; scrollable table wrappers and
// notebook code blocks cannot be reached with the keyboard.
(function () {
  function label() {
    var search = document.querySelector('.md-search[role="dialog"]');
    if (search && !search.hasAttribute("aria-label")) search.setAttribute("aria-label", "Search");
    var version = document.querySelector(".md-version__current");
    if (version) {
      var shown = version.textContent.trim();
      var name = "Select version, current: " + shown;
      if (version.getAttribute("aria-label") !== name) version.setAttribute("aria-label", name);
    }
    document.querySelectorAll(".md-typeset__scrollwrap, .jp-Notebook pre").forEach(function (el) {
      if (!el.hasAttribute("tabindex")) el.setAttribute("tabindex", "0");
    });
  }
  new MutationObserver(label).observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", label);
  label();
})();
