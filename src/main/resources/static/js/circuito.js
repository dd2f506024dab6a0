// Sends the CSRF token with every htmx request (forms already carry it as a hidden field).
document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
});

// A table marked .table-cards is shown as one card per row on a narrow screen (circuito.css): each cell is
// labelled with its column's heading, the text the page already took from the message bundles. The roles keep
// the table a table for screen readers once the stylesheet has made its parts blocks.
function labelCardTables(root) {
    root.querySelectorAll("table.table-cards").forEach(function (table) {
        var headRows = table.tHead ? table.tHead.rows : [];
        var labels = [];
        if (headRows.length) {
            Array.prototype.forEach.call(headRows[headRows.length - 1].cells, function (th) {
                var text = th.textContent.replace(/\s+/g, " ").trim();
                for (var i = 0; i < (th.colSpan || 1); i++) {
                    labels.push(text);
                }
            });
        }
        table.setAttribute("role", "table");
        Array.prototype.forEach.call(table.rows, function (row) {
            row.setAttribute("role", "row");
            var column = 0;
            Array.prototype.forEach.call(row.cells, function (cell) {
                var inHead = row.parentNode === table.tHead;
                cell.setAttribute("role", inHead ? "columnheader" : (cell.tagName === "TH" ? "rowheader" : "cell"));
                if (!inHead && !cell.hasAttribute("data-label") && labels[column] && cell.colSpan < labels.length) {
                    cell.setAttribute("data-label", labels[column]);
                }
                column += cell.colSpan || 1;
            });
        });
    });
}

document.addEventListener("DOMContentLoaded", function () {
    labelCardTables(document);
});
// A list filtered in place (htmx) brings new rows: label them too.
document.addEventListener("htmx:afterSettle", function () {
    labelCardTables(document);
});
