// The template editor: "Insertar" puts a field's {{placeholder}} where the cursor was in the subject or the
// text (the text when neither was used yet), then tells htmx the text changed so the preview follows.
// Without JavaScript the buttons stay hidden and the placeholders can be copied by hand.
(function () {
    function init() {
        var targets = document.querySelectorAll("[data-template-target]");
        if (!targets.length) {
            return;
        }
        var last = document.getElementById("body") || targets[0];
        targets.forEach(function (target) {
            target.addEventListener("focus", function () { last = target; });
        });
        document.querySelectorAll("[data-insert-field]").forEach(function (button) {
            button.hidden = false;
            button.addEventListener("click", function () {
                var text = button.getAttribute("data-insert-field");
                var start = last.selectionStart != null ? last.selectionStart : last.value.length;
                var end = last.selectionEnd != null ? last.selectionEnd : start;
                last.value = last.value.slice(0, start) + text + last.value.slice(end);
                last.focus();
                last.setSelectionRange(start + text.length, start + text.length);
                last.dispatchEvent(new Event("input", {bubbles: true}));
            });
        });
    }
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
