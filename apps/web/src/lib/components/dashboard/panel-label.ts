import type { MeetingPanel } from '@trienkhai/domain';
import { m } from '#lib/paraglide/messages.js';

/** A meeting panel's tab label; a directive's "groups" panel lists its plans. */
export function panelLabel(panel: MeetingPanel, isPlan: boolean): string {
	switch (panel) {
		case 'overview':
			return m.dashboard_panel_overview();
		case 'units':
			return m.dashboard_panel_units();
		case 'overdue':
			return m.dashboard_panel_overdue();
		case 'due':
			return m.dashboard_panel_due();
		case 'groups':
			return isPlan ? m.dashboard_panel_groups() : m.dashboard_panel_plans();
		case 'activity':
			return m.dashboard_panel_activity();
		default: {
			const unreachable: never = panel;
			return String(unreachable);
		}
	}
}
