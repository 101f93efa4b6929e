// The DOM types: HTMLElementTagNameMap knows each tag's class.
import { registerMessages, messagesFor, type Messages } from 'cso-widgets';
import { CsoTrend } from 'cso-widgets/cso-trend';

const trend: CsoTrend = document.createElement('cso-trend');
trend.area = 'Lancashire';
trend.chartHeight = 200;
const status: 'loading' | 'ready' | 'error' = trend.status;
const help = document.querySelector('helpline-box');
if (help) help.preset = 'childline';
document.querySelector('cso-region-rank')!.highlight = 'Kent';
const welsh: Messages = { ...messagesFor('en'), locale: 'ga-IE' };
registerMessages('ga', welsh);
export { status };
