/** A person signed in to the platform; every action is on behalf of their unit. */
export interface User {
	id: string;
	username: string;
	displayName: string;
	unitId: string;
}
