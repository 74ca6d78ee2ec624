/* The trace graph page: fetches the graph of the trace and draws it with Cytoscape.js, material flowing from left to
   right (suppliers, inputs, outputs, customers). The layers are laid out here, in time linear in the graph: each node
   one column further right than the furthest node that flows into it, ordered in its column by where its inputs
   stand, so that a trace of a few thousand boxes is drawn at once. Labels too small to read at the current zoom are
   not drawn. Clicking a node folds away what follows it, or unfolds it again.
   When drawn, the element carries data-drawn-nodes and data-drawn-edges, and window.lotlineTrace is the graph; once
   the first frame with the graph is painted, the page marks 'lotline-trace-drawn' (a performance mark) and the
   element carries data-drawn-ms, the milliseconds since the page was opened, for a test or a user to read. */
(function () {
  'use strict';
  var LARGE = 300, COLUMN_WIDTH = 260, ROW_HEIGHT = 64, CHARACTER_WIDTH = 7.2, LINE_HEIGHT = 15,
    COLUMN_GAP = 120, LANE_AFTER = 12, MAX_ZOOM = 1.5;
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
      var positions = layers(graph);
      var view = fitted(positions);
      var cy = cytoscape({
        container: element,
        elements: elements,
        wheelSensitivity: 0.3,
        style: [
          { selector: 'node', style: { shape: 'round-rectangle', width: boxWidth, height: boxHeight, padding: '10px',
            'background-color': '#f3f5f7', 'border-width': 2, 'border-color': '#0b4f6c', label: 'data(label)',
            'text-wrap': 'wrap', 'text-valign': 'center', 'font-size': 12, 'min-zoomed-font-size': 7,
            color: '#1b1f23' } },
          { selector: 'node[?root]', style: { 'border-width': 4, 'background-color': '#fff4d6' } },
          { selector: 'node[kind = "cluster"]', style: { 'background-color': '#e3f4e8', 'border-color': '#0f6b2f' } },
          { selector: 'node[kind = "customer"], node[kind = "supplier"]',
            style: { shape: 'ellipse', 'border-color': '#4a5560' } },
          { selector: 'node[status = "ON_HOLD"], node[status = "REJECTED"], node[status = "RECALLED"]',
            style: { 'border-color': '#b00020' } },
          { selector: 'node.folded', style: { 'border-style': 'double', 'border-width': 6 } },
          { selector: 'edge', style: { width: 2, 'curve-style': graph.nodes.length > LARGE ? 'haystack' : 'bezier',
            'haystack-radius': 0, 'target-arrow-shape': 'triangle',
            'line-color': '#4a5560', 'target-arrow-color': '#4a5560', label: 'data(label)', 'font-size': 11,
            'text-background-color': '#ffffff', 'text-background-opacity': 1, 'min-zoomed-font-size': 7,
            color: '#1b1f23' } }
        ],
        layout: { name: 'preset', positions: positions, fit: false },
        zoom: view.zoom,
        pan: view.pan,
        textureOnViewport: graph.nodes.length > LARGE,
        hideEdgesOnViewport: graph.nodes.length > LARGE
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

  /* Column and row of every node: a node stands one column right of the furthest node flowing into it (longest path
     from the sources, in topological order), customers all in the last; in its column, nodes follow the mean row of
     their inputs. A node left in a cycle, which a trace should not have, goes to the column after the others. */
  function layers(graph) {
    var inputs = {}, outputs = {}, waiting = {}, column = {};
    graph.nodes.forEach(function (node) { inputs[node.id] = []; outputs[node.id] = []; waiting[node.id] = 0; });
    graph.edges.forEach(function (edge) {
      if (inputs[edge.target] && outputs[edge.source] && edge.source !== edge.target) {
        inputs[edge.target].push(edge.source);
        outputs[edge.source].push(edge.target);
        waiting[edge.target]++;
      }
    });
    var order = graph.nodes.filter(function (node) { return waiting[node.id] === 0; }).map(function (node) {
      column[node.id] = 0;
      return node.id;
    });
    for (var i = 0; i < order.length; i++) {
      outputs[order[i]].forEach(function (next) {
        column[next] = Math.max(column[next] || 0, column[order[i]] + 1);
        if (--waiting[next] === 0) {
          order.push(next);
        }
      });
    }
    var last = 0;
    order.forEach(function (id) { last = Math.max(last, column[id]); });
    graph.nodes.forEach(function (node) {
      if (waiting[node.id] > 0) {
        column[node.id] = last + 1;
        order.push(node.id);
      }
    });
    var lastLot = 0;
    graph.nodes.forEach(function (node) {
      if (node.kind !== 'customer') {
        lastLot = Math.max(lastLot, column[node.id]);
      }
    });
    graph.nodes.forEach(function (node) {
      if (node.kind === 'customer') {
        column[node.id] = lastLot + 1;
      }
    });
    var columns = [], row = {}, positions = {};
    order.forEach(function (id) { (columns[column[id]] = columns[column[id]] || []).push(id); });
    columns = columns.filter(function (ids) { return ids !== undefined; });
    var rows = rowsFitting(columns.map(function (ids) { return ids.length; }));
    var x = 0;
    columns.forEach(function (ids) {
      var wanted = {};
      ids.forEach(function (id) {
        var placed = inputs[id].filter(function (input) { return row[input] !== undefined; });
        wanted[id] = placed.length === 0 ? 0
          : placed.reduce(function (sum, input) { return sum + row[input]; }, 0) / placed.length;
      });
      ids.sort(function (a, b) { return wanted[a] - wanted[b]; });
      var lanes = Math.ceil(ids.length / rows);
      var height = Math.ceil(ids.length / lanes);
      ids.forEach(function (id, i) {
        row[id] = Math.floor(i / lanes) - height / 2;
        positions[id] = { x: x + (i % lanes) * COLUMN_WIDTH, y: row[id] * ROW_HEIGHT };
      });
      x += lanes * COLUMN_WIDTH + COLUMN_GAP;
    });
    return positions;
  }

  /* How many boxes a column holds before it continues in a lane beside it, chosen so that the whole graph has about
     the shape of its frame: a column of hundreds of lots is drawn as a block rather than as a thin needle. The order
     of a column runs across its lanes, row by row, so that its rows still follow its inputs. A column of up to
     LANE_AFTER boxes keeps one lane. */
  function rowsFitting(sizes) {
    var target = element.clientWidth / Math.max(1, element.clientHeight);
    var tallest = Math.max.apply(null, sizes.concat([1]));
    var best = tallest, bestMiss = Infinity;
    for (var rows = Math.min(tallest, LANE_AFTER); rows <= tallest; rows++) {
      var width = sizes.reduce(function (sum, size) {
        return sum + Math.ceil(size / rows) * COLUMN_WIDTH + COLUMN_GAP;
      }, 0);
      var miss = Math.abs(Math.log(width / (rows * ROW_HEIGHT) / target));
      if (miss < bestMiss) {
        best = rows;
        bestMiss = miss;
      }
    }
    return best;
  }

  /* The zoom and pan that show every box, from the positions alone: Cytoscape's own fit measures every label first. */
  function fitted(positions) {
    var left = Infinity, top = Infinity, right = -Infinity, bottom = -Infinity;
    Object.keys(positions).forEach(function (id) {
      left = Math.min(left, positions[id].x);
      right = Math.max(right, positions[id].x);
      top = Math.min(top, positions[id].y);
      bottom = Math.max(bottom, positions[id].y);
    });
    left -= COLUMN_WIDTH / 2;
    right += COLUMN_WIDTH / 2;
    top -= ROW_HEIGHT;
    bottom += ROW_HEIGHT;
    var zoom = Math.min(element.clientWidth / (right - left), element.clientHeight / (bottom - top), MAX_ZOOM);
    return { zoom: zoom, pan: { x: (element.clientWidth - zoom * (left + right)) / 2,
      y: (element.clientHeight - zoom * (top + bottom)) / 2 } };
  }

  /* A box's size from its label's longest line and its lines, not measured in the browser: measuring thousands of
     labels is slow, and a size taken before the labels were measured hid the boxes. */
  function boxWidth(node) {
    return Math.max(40, CHARACTER_WIDTH * lines(node).reduce(function (widest, line) {
      return Math.max(widest, line.length);
    }, 0));
  }

  function boxHeight(node) {
    return LINE_HEIGHT * lines(node).length;
  }

  function lines(node) {
    return String(node.data('label')).split('\n');
  }

  function count(cy) {
    element.dataset.drawnNodes = cy.nodes(':visible').length;
    element.dataset.drawnEdges = cy.edges(':visible').length;
  }
})();
