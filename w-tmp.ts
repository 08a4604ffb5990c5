import { analyse } from './src/text/proposals/nlp.js';
const t = 'said Aaron Reichlin-Melnick, a fellow. Law professor M. Isabel Medina with Loyola University told The Independent. Shev Dalal-Dheini said.';
console.log(analyse(t).tokens.map(x=>x.text+'/'+x.pos).join(' '));
