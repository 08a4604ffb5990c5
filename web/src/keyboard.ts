/**
 * The map from the keyboard: Tab into the map, arrow keys move from node to node (up towards
 * conclusions, down towards premises, left and right along a row), Enter opens a cluster or
 * the node's panel, Escape returns to the search box. Each move is read out.
 */
import type { NodeSingular } from 'cytoscape';
import { actions } from './actions.js';
import { $, announce } from './dom.js';
import { cy, openCluster, verdicts } from './graph.js';

function describe(node: NodeSingular): string {
  const type = node.data('type') as string;
  if (type === 'Cluster') return `Cluster of ${node.data('size')} folded nodes. Enter opens it.`;
  if (type === 'Argument') {
    const kind =
      node.data('kind') === 'ATTACK'
        ? `attack${node.data('attackKind') ? ` (${String(node.data('attackKind')).toLowerCase()})` : ''}`
        : 'support';
    const premises = node.incomers('node').length;
    const target = node.outgoers('node').first();
    return `Argument, ${kind}, ${premises} premise${premises === 1 ? '' : 's'}, concluding: ${target.nonempty() ? String(target.data('label')).slice(0, 120) : 'nothing shown'}.`;
  }
  const verdict = verdicts.get(node.id());
  const stance = node.data('stance') ? `${node.data('stance')} position. ` : '';
  const label = verdict ? (verdict.excluded ? 'Set aside. ' : `${verdict.label}. `) : '';
  const supports = node.incomers('node[type = "Argument"][kind = "SUPPORT"]').length;
  const attacks = node.incomers('node[type = "Argument"][kind = "ATTACK"]').length;
  return `${type}. ${stance}${label}${String(node.data('label'))}${type === 'Claim' ? `. ${supports} supporting, ${attacks} attacking arguments.` : ''}`;
}

function move(node: NodeSingular): void {
  cy.elements().unselect();
  node.select();
  const extent = cy.extent();
  const { x, y } = node.position();
  if (x < extent.x1 || x > extent.x2 || y < extent.y1 || y > extent.y2) cy.center(node);
  announce(describe(node));
  $('graph').setAttribute('aria-activedescendant', '');
}

function nearest(from: NodeSingular, candidates: NodeSingular[], score: (dx: number, dy: number) => number | null): NodeSingular | null {
  const p = from.position();
  let best: NodeSingular | null = null;
  let bestScore = Infinity;
  for (const node of candidates) {
    if (node.same(from)) continue;
    const q = node.position();
    const s = score(q.x - p.x, q.y - p.y);
    if (s !== null && s < bestScore) {
      bestScore = s;
      best = node;
    }
  }
  return best;
}

export function setupKeyboard(): void {
  const container = $('graph');
  container.addEventListener('keydown', (event) => {
    const nodes = cy
      .nodes('[type != "Group"]')
      .toArray()
      .filter((n) => n.visible());
    if (nodes.length === 0) return;
    const current = cy.nodes(':selected').first();
    const from = current.nonempty() ? current : null;
    let next: NodeSingular | null;
    switch (event.key) {
      case 'ArrowUp':
      case 'ArrowDown': {
        if (!from) {
          next = nodes[0]!;
          break;
        }
        const up = event.key === 'ArrowUp';
        const linked = from.neighborhood().nodes('[type != "Group"]').toArray();
        // Along the argument structure first, then anything in that direction.
        next =
          nearest(from, linked, (dx, dy) => ((up ? dy < -1 : dy > 1) ? Math.abs(dy) + Math.abs(dx) / 4 : null)) ??
          nearest(from, nodes, (dx, dy) => ((up ? dy < -1 : dy > 1) ? Math.abs(dy) + Math.abs(dx) / 2 : null));
        break;
      }
      case 'ArrowLeft':
      case 'ArrowRight': {
        if (!from) {
          next = nodes[0]!;
          break;
        }
        const left = event.key === 'ArrowLeft';
        next = nearest(from, nodes, (dx, dy) => ((left ? dx < -1 : dx > 1) ? Math.abs(dx) + Math.abs(dy) * 3 : null));
        break;
      }
      case 'Home':
        next = nodes.reduce((a, b) => (b.position().y < a.position().y ? b : a));
        break;
      case 'Enter':
      case ' ':
        if (from) {
          event.preventDefault();
          if (from.data('type') === 'Cluster') void openCluster(from.data('anchor') as string);
          else void actions.showPanel(from.id());
        }
        return;
      case 'Escape':
        $('search').focus();
        return;
      default:
        return;
    }
    event.preventDefault();
    if (next) move(next);
    else announce('Nothing further in that direction.');
  });
  container.addEventListener('focus', () => {
    const current = cy.nodes(':selected').first();
    announce(current.nonempty() ? describe(current) : 'Argument map. Arrow keys move between claims and arguments; Enter opens one.');
  });
}
