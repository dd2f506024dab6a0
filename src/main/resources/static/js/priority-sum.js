// The priority guide's running sum (priority-form.html): counts the descriptors marked present, with no data and
// still to mark, and shows the priority that sum gives against the program's cut. Only a help while marking: the
// page works without it and the server scores the guide again when it is saved.
(function () {
    var sum = document.getElementById("priority-sum");
    if (!sum) {
        return;
    }
    var form = sum.closest("form");
    var cut = parseInt(sum.getAttribute("data-cut"), 10);
    var items = form.querySelectorAll("fieldset.priority-item");

    function show(name, value) {
        sum.querySelector('[data-sum="' + name + '"]').textContent = value;
    }

    function update() {
        var present = 0, noData = 0, unmarked = 0;
        items.forEach(function (item) {
            var chosen = item.querySelector("input[type=radio]:checked");
            if (!chosen) {
                unmarked++;
            } else if (chosen.value === "PRESENT") {
                present++;
            } else if (chosen.value === "NO_DATA") {
                noData++;
            }
        });
        show("present", present);
        show("noData", noData);
        show("unmarked", unmarked);
        var band = sum.querySelector('[data-sum="band"]');
        var first = present >= cut;
        band.textContent = band.getAttribute(first ? "data-band-1" : "data-band-2");
        band.classList.toggle("text-bg-danger", first);
        band.classList.toggle("text-bg-secondary", !first);
    }

    form.addEventListener("change", function (event) {
        if (event.target.matches("fieldset.priority-item input[type=radio]")) {
            update();
        }
    });
    update();
})();
