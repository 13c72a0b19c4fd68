// The SPARQL page: YASGUI on the same-origin endpoint, fed with the example queries listed in the
// page itself (the list works without JavaScript; this only adds the editor). No inline script,
// so the page runs under a Content-Security-Policy without 'unsafe-inline' for scripts.
(function () {
  "use strict";
  var root = document.getElementById("yasgui");
  if (!root || typeof Yasgui === "undefined") return;

  var endpoint = new URL(root.getAttribute("data-endpoint"), window.location.href).href;
  var examples = Array.prototype.map.call(
    document.querySelectorAll("#" + root.getAttribute("data-esempi") + " .esempio"),
    function (el) {
      return {
        el: el,
        name: el.getAttribute("data-nome"),
        title: el.querySelector(".esempio-titolo").textContent,
        query: el.querySelector(".esempio-query").textContent
      };
    });

  // Autocompletion of classes and properties asks an outside service (LOV): keep to what runs locally.
  Yasgui.Yasqe.defaults.autocompleters = ["variables", "prefixes"];
  var yasgui = new Yasgui(root, {
    persistenceId: null,               // always start from the examples, not from a stale local copy
    copyEndpointOnNewTab: true,
    populateFromUrl: true,
    requestConfig: { endpoint: endpoint, method: "POST" },
    yasqe: { value: examples.length ? examples[0].query : "SELECT * WHERE { ?s ?p ?o } LIMIT 10" }
  });
  if (examples.length) yasgui.getTab().setName(examples[0].title);

  // Each example in the list gets a button that opens it in a tab of its own (or selects that tab).
  var tabs = {};
  examples.forEach(function (ex, i) {
    if (i === 0) tabs[ex.name] = yasgui.getTab().getId();
    var button = document.createElement("button");
    button.type = "button";
    button.className = "esempio-apri";
    button.textContent = "Apri nell'editor";
    button.addEventListener("click", function () {
      var id = tabs[ex.name];
      if (id && yasgui.getTab(id)) {
        yasgui.selectTabId(id);
      } else {
        var tab = yasgui.addTab(true, { name: ex.title, yasqe: { value: ex.query }, requestConfig: { endpoint: endpoint } });
        tabs[ex.name] = tab.getId();
      }
      root.scrollIntoView({ behavior: "smooth" });
    });
    ex.el.querySelector(".esempio-titolo").appendChild(button);
  });
})();
