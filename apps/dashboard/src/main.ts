import 'uplot/dist/uPlot.min.css';
import './styles.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { applyTheme, initialTheme } from './lib/theme.js';

applyTheme(initialTheme());
mount(App, { target: document.getElementById('app')! });
