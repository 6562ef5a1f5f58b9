export { claimDetail, createClaim, deleteClaim, getClaim, updateClaim, type ClaimChanges } from './claims';
export { decideClaim, undoDecision } from './history';
export { linkEvidence, unlinkEvidence, type EvidenceTargetInput } from './evidence';
export { listClaims } from './records';
export { restoreClaim } from './removed';
export { suggestEvidence } from './suggestions';
export { claimStats } from './stats';
export { flagNewMaterial } from './new-material';
export { localDay } from './due';
