#pragma once

#include <QDate>
#include <QVariantMap>

namespace rentflow {

class InputCheck;
struct ResidentChanges;

// The resident columns `changes` asks for, each field checked by its rule (refusals go
// to `check`, named as the CLI's options: name, phone, lang, dob, father-name, …). A
// field given empty is NULL (the language: en). `keepFullAadhaar`: the organisation
// keeps full Aadhaar numbers (SPEC §1.6); `today` bounds the date of birth.
QVariantMap residentColumns(const ResidentChanges& changes, InputCheck& check, bool keepFullAadhaar,
                            QDate today);

// Whether `name` is a person's name: letters and marks in any script (Devanagari vowel
// signs are marks), spaces, and . ' - as in "K. S. D'Souza-Rao".
bool isNameText(const QString& name);

} // namespace rentflow
