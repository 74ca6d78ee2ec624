/* The trace graph page: fetches the graph of the trace and draws it with Cytoscape.js, material flowing from left to
   right (suppliers, inputs, outputs, customers). Clicking a node folds away what follows it, or unfolds it again.
   When drawn, the element carries data-drawn-nodes and data-drawn-edges, and window.lotlineTrace is the graph; once
   the first frame with the graph is painted, the page marks 'lotline-trace-drawn' (a performance mark) and the
   element carries data-drawn-ms, the milliseconds since the page was opened, for a test or a user to read. */
(function () {
  'use strict';
  var element = document.getElementById('graph');
  var summary = document.getElementById('graph-summary');
  if (!element) {
    return;
  }
  var text = function (name, values) {
    return (element.dataset[name] || '').replace(/\{(\d+)\}/g, function (all, i) { return values[+i]; });
  };
  var label = function (node) {
    if (node.kind === 'cluster') {
      return node.label + '\n' + text('lots', [node.count]) + ' · ' + text('depth', [node.depth]);
    }
    if (node.label == null) {
      return text(node.kind === 'supplier' ? 'suppliers' : 'customers', [node.count]);
    }
    return node.kind === 'lot' ? node.label + '\n' + node.sku : node.label;
  };
  fetch(element.dataset.graph, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) {
        throw new Error(response.status);
      }
      return response.json();
    })
    .then(function (graph) {
      var elements = graph.nodes.map(function (node) {
        return { group: 'nodes', data: { id: node.id, label: label(node), kind: node.kind, status: node.status,
          root: node.kind === 'lot' && node.label === graph.root } };
      }).concat(graph.edges.map(function (edge) {
        return { group: 'edges', data: { id: edge.id, source: edge.source, target: edge.target, label: edge.label } };
      }));
      // Cytoscape writes an inline <style> unless an element with its id exists; the Content-Security-Policy refuses
      // inline styles, so its one rule is in lotline.css and this marker tells it so.
      if (!document.getElementById('__________cytoscape_stylesheet')) {
        var marker = document.createElement('meta');
        marker.id = '__________cytoscape_stylesheet';
        document.head.appendChild(marker);
      }
      var cy = cytoscape({
        container: element,
        elements: elements,
        wheelSensitivity: 0.3,
        style: [
          { selector: 'node', style: { shape: 'round-rectangle', width: 'label', height: 'label', padding: '10px',
            'background-color': '#f3f5f7', 'border-width': 2, 'border-color': '#0b4f6c', label: 'data(label)',
            'text-wrap': 'wrap', 'text-valign': 'center', 'font-size': 12, color: '#1b1f23' } },
          { selector: 'node[?root]', style: { 'border-width': 4, 'background-color': '#fff4d6' } },
          { selector: 'node[kind = "cluster"]', style: { 'background-color': '#e3f4e8', 'border-color': '#0f6b2f' } },
          { selector: 'node[kind = "customer"], node[kind = "supplier"]',
            style: { shape: 'ellipse', 'border-color': '#4a5560' } },
          { selector: 'node[status = "ON_HOLD"], node[status = "REJECTED"], node[status = "RECALLED"]',
            style: { 'border-color': '#b00020' } },
          { selector: 'node.folded', style: { 'border-style': 'double', 'border-width': 6 } },
          { selector: 'edge', style: { width: 2, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
            'line-color': '#4a5560', 'target-arrow-color': '#4a5560', label: 'data(label)', 'font-size': 11,
            'text-background-color': '#ffffff', 'text-background-opacity': 1, color: '#1b1f23' } }
        ],
        layout: { name: 'breadthfirst', directed: true, spacingFactor: 1.1,
          roots: roots(graph),
          transform: function (node, position) { return { x: position.y, y: position.x }; } }
      });
      cy.on('tap', 'node', function (event) {
        var node = event.target;
        var following = node.successors();
        if (node.hasClass('folded')) {
          node.removeClass('folded');
          following.style('display', 'element');
        } else if (following.length > 0) {
          node.addClass('folded');
          following.style('display', 'none');
        }
        count(cy);
      });
      window.lotlineTrace = cy;
      count(cy);
      summary.textContent = text(graph.clustered ? 'summaryClustered' : 'summary',
        [graph.lotsReached, cy.nodes().length, cy.edges().length]);
      element.dataset.clustered = graph.clustered;
      requestAnimationFrame(function () {
        performance.mark('lotline-trace-drawn');
        element.dataset.drawnMs = String(Math.round(performance.now()));
      });
      if (!graph.clustered && graph.lots.length > 0 && graph.lots.length <= 200) {
        document.getElementById('export-fsma').href = element.dataset.fsma + '?' + graph.lots.map(function (lot) {
          return 'lot=' + encodeURIComponent(lot);
        }).join('&');
      }
    })
    .catch(function () {
      summary.textContent = text('failed', []);
      summary.classList.add('error');
    });

  /* The nodes nothing flows into: suppliers, or the first lots of the trace. */
  function roots(graph) {
    var targets = {};
    graph.edges.forEach(function (edge) { targets[edge.target] = true; });
    var ids = graph.nodes.filter(function (node) { return !targets[node.id]; }).map(function (node) {
      return '#' + node.id.replace(/([^A-Za-z0-9_-])/g, '\\$1');
    });
    return ids.length > 0 ? ids.join(', ') : undefined;
  }

  function count(cy) {
    element.dataset.drawnNodes = cy.nodes(':visible').length;
    element.dataset.drawnEdges = cy.edges(':visible').length;
  }
})();
