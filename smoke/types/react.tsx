// React 19 with the package's JSX types: the elements, their properties
// (typed from the classes) and their events, and a wrong type refused.
import 'cso-widgets';
import type {} from 'cso-widgets/react';

export function Figures() {
  return (
    <main>
      <cso-trend src="/data/figures-seed.json" area="Lincolnshire" chartHeight={180} data-periods="2018/19,2019/20" oncso-error={(event) => console.log(event.detail)} />
      <cso-region-rank period="2018/19" region="North West" highlight="Lancashire" illustrative />
      <helpline-box preset="nspcc childline" quickExit="off" className="help" />
      {/* @ts-expect-error chartHeight is a number of pixels */}
      <cso-trend chartHeight="tall" />
    </main>
  );
}
