// English texts of correcting a worker and of a save's outcome; the keys of id.ts.
export default {
  form: {
    heirDateHint: 'For example: 05/02/2015. A child’s birth date is needed to assess scholarships.',
    invalidHeirDate: 'Birth date of heir {n} is not valid (use DD/MM/YYYY)',
    removeHeirN: 'Remove heir {n}',
  },
  worker: {
    edit: 'Edit',
    fixAndResubmit: 'Correct and resubmit',
  },
  edit: {
    title: 'Edit {nama}',
    intro: 'Correct the data as on the ID card, then save. Fields marked * are required.',
    back: 'Back to the worker',
    save: 'Save changes',
    saveOnly: 'Save only, do not resubmit yet',
    resubmit: 'Correct and resubmit',
    reload: 'Load the latest data',
    viewRecord: 'View the worker',
    rejectedTitle: 'This record was rejected at verification. The reason:',
    noReason: 'No reason was recorded.',
    rejectedHint: 'Correct what the reason names, then press "Correct and resubmit": the record goes back to the verification queue and another officer checks it.',
    recheckNote: 'This record is verified. Changes to the NIK, name, birth date, income, RT or heirs apply only once another verifying officer approves them; other changes are saved at once.',
    saved: 'The changes to {nama} are saved.',
    unchanged: 'Nothing changed in the data of {nama}; there was nothing to save.',
    pending: 'The important changes were sent for another verifying officer’s approval. They do not apply until approved.',
    pendingAndSaved: 'The important changes were sent for another verifying officer’s approval and do not apply until approved. The other changes (such as the phone number or address) are saved.',
    resubmitted: '{nama} is saved and back in the verification queue. Another kelurahan officer will check it.',
    savedNotResubmitted: 'The changes are saved, but not resubmitted: {reason}',
    notResubmitted: 'Not resubmitted: {reason}',
  },
  outcome: {
    offline: 'Cannot reach the server. Nothing was saved; try again when you have a signal.',
    timeout: 'The server took too long to answer. The data may not be saved; check, then try again when the signal is better.',
    stale: 'Someone else changed this record since you opened it, so your changes are not saved. Load the latest data, then make your changes again.',
    done: 'Saved.',
  },
}
