"""Round 23: a prosecution told from the defendant's side ("X went on trial in Y", "X pleaded not guilty before a
Y court", "X faces up to 15 years in prison", "the trial of X opened in Y") -> the prosecuting state INVESTIGATES X
(trial_wordings); a country in the charge ("spying for Z") is not the prosecutor, a trial called for is none."""


def test_went_on_trial_in_a_country(extract) -> None:
    r = extract("The blogger Amadou Diallo went on trial in Senegal on Monday on charges of spreading false news.")
    assert ("Senegal", "INVESTIGATES", "Amadou Diallo") in r.triples


def test_pleaded_before_a_demonym_court(extract) -> None:
    r = extract("Amadou Diallo pleaded not guilty before a Senegalese court on Tuesday.")
    assert ("Senegal", "INVESTIGATES", "Amadou Diallo") in r.triples


def test_faces_years_in_prison_told_by_prosecutors(extract) -> None:
    r = extract("Amadou Diallo faces up to 10 years in prison, Senegalese prosecutors said.")
    assert ("Senegal", "INVESTIGATES", "Amadou Diallo") in r.triples


def test_the_trial_of_two(extract) -> None:
    r = extract("The trial of Amadou Diallo and Fatou Sow opened in Senegal on Monday.")
    assert {("Senegal", "INVESTIGATES", "Amadou Diallo"), ("Senegal", "INVESTIGATES", "Fatou Sow")} <= r.triples


def test_a_charge_country_or_a_called_for_trial(extract) -> None:
    r = extract("Amadou Diallo stands trial on charges of spying for Mali.")
    assert ("Mali", "INVESTIGATES", "Amadou Diallo") not in r.triples
    r = extract("Mali demanded Amadou Diallo's trial on Monday.")
    assert ("Mali", "INVESTIGATES", "Amadou Diallo") not in r.triples
