/** Who issues a command: the signed-in user and the unit they act for. */
export interface Actor {
	userId: string;
	unitId: string;
}
