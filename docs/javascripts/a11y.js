// Accessible names that mkdocs-material 9.8 leaves out (found by axe-core in tests/test_site.py):
// the search dialog has no name, and the version button's name ("Select version")
// does not contain the version it shows.
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
  }
  new MutationObserver(label).observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", label);
  label();
})();
