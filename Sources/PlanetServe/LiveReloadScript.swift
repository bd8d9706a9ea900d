/// The script `serve` adds to the pages it sends: it listens on `/__planet/events`, reloads the page after a
/// rebuild, and shows a failed build's errors over the page (built with DOM calls and CSSOM styles, which the
/// page's policy allows, never with HTML strings).
enum LiveReloadScript {
    static let source = """
        (function () {
          var events = new EventSource("/__planet/events");
          var overlay = null;
          events.addEventListener("reload", function () { location.reload(); });
          events.addEventListener("errors", function (event) {
            var errors = JSON.parse(event.data);
            if (overlay) { overlay.remove(); }
            overlay = document.createElement("div");
            overlay.id = "planet-errors";
            overlay.setAttribute("role", "alert");
            var style = overlay.style;
            style.position = "fixed"; style.inset = "0"; style.zIndex = "2147483647"; style.overflow = "auto";
            style.background = "rgba(20, 20, 20, 0.94)"; style.color = "#fff"; style.padding = "2rem";
            style.font = "14px/1.5 ui-monospace, monospace";
            var title = document.createElement("h2");
            title.textContent = "planet: the site was not rebuilt (" + errors.length + " error" + (errors.length === 1 ? "" : "s") + "); this is the previous version";
            title.style.color = "#ff8a80"; title.style.font = "bold 16px/1.4 ui-monospace, monospace";
            overlay.appendChild(title);
            errors.forEach(function (error) {
              var item = document.createElement("pre");
              item.style.whiteSpace = "pre-wrap"; item.style.margin = "1rem 0";
              item.textContent = error.path + ":" + error.line + ":" + error.column + ": " + error.message
                + (error.excerpt ? "\\n" + error.excerpt : "");
              overlay.appendChild(item);
            });
            document.body.appendChild(overlay);
          });
        })();
        """
}
