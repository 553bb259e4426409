// Where the learner's own words in the plan live: in the saved plan, or (when the service
// keeps them off the LMS, service.json `tracking.sendPlanText`) in this browser only.
// Shared by the plan builder and the plan on the course summary.
import { service } from '../../src/service/current.svelte';
import { readOnDevice } from '../../src/service/on-device';
import type { Plan } from './plan';

export const DEVICE_KEY = 'relief.plan.ownText';

/** The words go with the saved plan (sent to the LMS as part of the progress). */
export const sendsText = () => service.profile.tracking.sendPlanText;

/** The plan with the learner's words from this device, where they are kept here. */
export const withDeviceText = (p: Plan, presenting = false): Plan => (sendsText() || presenting ? p : { ...p, ownText: readOnDevice(DEVICE_KEY) || p.ownText });
