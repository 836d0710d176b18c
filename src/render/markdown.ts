// the handbook's Markdown view: the shared conversion in util/ (the exercise pack uses it too)
export { markdownView } from '../util/markdown.js';
