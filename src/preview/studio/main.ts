import { mount } from 'svelte';
import Studio from './Studio.svelte';
import './studio.css';

const target = document.getElementById('app');
if (target) {
  target.replaceChildren();
  mount(Studio, { target });
}
