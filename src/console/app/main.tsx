import { render } from 'preact';
import { App } from './app';
import './styles.css';

document.documentElement.lang = localStorage.getItem('l110.lang') === 'en' ? 'en' : 'zh-CN';
render(<App />, document.getElementById('app')!);
