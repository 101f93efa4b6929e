// React 19 sets a custom element's value as a property when the element has
// one (src, area, chartHeight, preset…): defined by the import first.
import 'cso-widgets';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  return (
    <main>
      <cso-trend src="/data/figures-seed.json" area="Lincolnshire" heading="Lincolnshire" chartHeight={180}></cso-trend>
      <cso-region-rank src="/data/figures-press.json" period="2018/19" region="North West" highlight="Lancashire"></cso-region-rank>
      <helpline-box preset="nspcc childline"></helpline-box>
    </main>
  );
}

createRoot(document.getElementById('app')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
