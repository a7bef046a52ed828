#!/usr/bin/env python3
"""Generator przykładowego folderu projektu „Sieciowanie Związków ZIT w Polsce”.

Zapisuje (obok katalogu src/):
  projekt.yaml, instytucje.yaml, wydarzenia.yaml, forum.yaml   - dane projektu,
  uczestnicy.xlsx, obecnosci.xlsx                              - arkusze (przez LibreOffice),
oraz w src/:
  uczestnicy.fods, obecnosci.fods                              - źródła arkuszy (płaskie ODS),
  expected-facts.json                                          - fakty policzone „ręcznie” do testów.

Tylko biblioteka standardowa Pythona; wynik jest deterministyczny (stałe ziarno losowania).
Konwersja do .xlsx wymaga LibreOffice (`apt-get install -y libreoffice-calc-nogui`):
    soffice -env:UserInstallation=file:///tmp/lo-projekt --headless --convert-to xlsx \
            --outdir Examples/projekt Examples/projekt/src/uczestnicy.fods
Uruchomienie:  python3 Examples/projekt/src/generate.py   [--no-convert]
Wszystkie osoby są fikcyjne. Lista Związków ZIT jest poglądowa (patrz README.md).
"""

import datetime
import json
import os
import random
import shutil
import subprocess
import sys
import unicodedata
import zipfile
from xml.sax.saxutils import escape

SEED = 20250101
SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)

# ---------------------------------------------------------------------------------------------
# Związki ZIT (27: 7 działających już w latach 2014-2020, 20 nowych w perspektywie 2021-2027)
# ---------------------------------------------------------------------------------------------
UNIONS = [
    # id, nazwa, województwo, nowy, członkowie (przykładowi)
    ("ZIT-POZNAN", "Stowarzyszenie Metropolia Poznań", "wielkopolskie", False,
     ["Miasto Poznań", "Powiat Poznański", "Gmina Swarzędz", "Gmina Luboń", "Gmina Kórnik", "Gmina Suchy Las"]),
    ("ZIT-KALISZ", "Stowarzyszenie Aglomeracja Kalisko-Ostrowska", "wielkopolskie", False,
     ["Miasto Kalisz", "Miasto Ostrów Wielkopolski", "Gmina Nowe Skalmierzyce", "Gmina Opatówek",
      "Powiat Kaliski", "Powiat Ostrowski"]),
    ("ZIT-KONIN", "Stowarzyszenie Aglomeracja Konińska", "wielkopolskie", True,
     ["Miasto Konin", "Gmina Stare Miasto", "Gmina Golina", "Gmina Kazimierz Biskupi", "Powiat Koniński"]),
    ("ZIT-LESZNO", "Miejski Obszar Funkcjonalny Leszna", "wielkopolskie", True,
     ["Miasto Leszno", "Gmina Lipno", "Gmina Rydzyna", "Gmina Święciechowa", "Powiat Leszczyński"]),
    ("ZIT-PILA", "Pilski Obszar Strategicznej Interwencji", "wielkopolskie", True,
     ["Miasto Piła", "Gmina Kaczory", "Gmina Szydłowo", "Gmina Ujście", "Gmina Wysoka", "Gmina Trzcianka",
      "Gmina Krajenka", "Miasto Chodzież", "Miasto Złotów"]),
    ("ZIT-GNIEZNO", "Gnieźnieński Obszar Funkcjonalny", "wielkopolskie", True,
     ["Miasto Gniezno", "Gmina Gniezno", "Gmina Łubowo", "Gmina Czerniejewo", "Powiat Gnieźnieński"]),
    ("ZIT-WROF", "Wrocławski Obszar Funkcjonalny", "dolnośląskie", False,
     ["Gmina Wrocław", "Gmina Długołęka", "Gmina Kobierzyce", "Gmina Siechnice", "Powiat Wrocławski"]),
    ("ZIT-WALBRZYCH", "Aglomeracja Wałbrzyska", "dolnośląskie", False,
     ["Gmina Wałbrzych", "Gmina Miasto Świdnica", "Gmina Świebodzice", "Gmina Boguszów-Gorce",
      "Gmina Strzegom", "Gmina Szczawno-Zdrój"]),
    ("ZIT-JELENIA-GORA", "Aglomeracja Jeleniogórska", "dolnośląskie", False,
     ["Miasto Jelenia Góra", "Gmina Karpacz", "Gmina Szklarska Poręba", "Gmina Kowary", "Gmina Podgórzyn",
      "Powiat Karkonoski"]),
    ("ZIT-LGOF", "Legnicko-Głogowski Obszar Funkcjonalny", "dolnośląskie", True,
     ["Gmina Legnica", "Gmina Miejska Głogów", "Gmina Miejska Lubin", "Gmina Polkowice", "Gmina Chojnów",
      "Powiat Legnicki"]),
    ("ZIT-ZOF", "Zachodni Obszar Funkcjonalny", "dolnośląskie", True,
     ["Gmina Miejska Bolesławiec", "Miasto Zgorzelec", "Gmina Miejska Lubań", "Gmina Nowogrodziec",
      "Powiat Bolesławiecki", "Powiat Zgorzelecki"]),
    ("ZIT-POF", "Południowy Obszar Funkcjonalny", "dolnośląskie", True,
     ["Gmina Miejska Kłodzko", "Gmina Miejska Dzierżoniów", "Gmina Bielawa", "Gmina Ząbkowice Śląskie",
      "Gmina Kudowa-Zdrój", "Powiat Kłodzki"]),
    ("ZIT-BYDGOSZCZ", "Miejski Obszar Funkcjonalny Bydgoszczy", "kujawsko-pomorskie", True,
     ["Miasto Bydgoszcz", "Gmina Białe Błota", "Gmina Osielsko", "Gmina Nowa Wieś Wielka",
      "Gmina Solec Kujawski", "Powiat Bydgoski"]),
    ("ZIT-TORUN", "Miejski Obszar Funkcjonalny Torunia", "kujawsko-pomorskie", True,
     ["Gmina Miasta Toruń", "Gmina Lubicz", "Gmina Wielka Nieszawka", "Gmina Zławieś Wielka",
      "Gmina Obrowo", "Powiat Toruński"]),
    ("ZIT-GRUDZIADZ", "Miejski Obszar Funkcjonalny Grudziądza", "kujawsko-pomorskie", True,
     ["Gmina-Miasto Grudziądz", "Gmina Grudziądz", "Gmina Rogóźno", "Gmina Świecie nad Osą"]),
    ("ZIT-INOWROCLAW", "Inowrocławski Obszar Funkcjonalny", "kujawsko-pomorskie", True,
     ["Miasto Inowrocław", "Gmina Inowrocław"]),
    ("ZIT-WLOCLAWEK", "Miejski Obszar Funkcjonalny Włocławka", "kujawsko-pomorskie", True,
     ["Gmina Miasto Włocławek", "Gmina Włocławek", "Gmina Brześć Kujawski", "Gmina Fabianki",
      "Gmina Lubanie", "Powiat Włocławski"]),
    ("ZIT-LOM", "Stowarzyszenie Łódzki Obszar Metropolitalny", "łódzkie", False,
     ["Miasto Łódź", "Miasto Pabianice", "Miasto Zgierz", "Gmina Konstantynów Łódzki",
      "Gmina Aleksandrów Łódzki", "Powiat Łódzki Wschodni"]),
    ("ZIT-PBR", "Miejski Obszar Funkcjonalny Piotrków Trybunalski – Bełchatów – Radomsko", "łódzkie", True,
     ["Miasto Piotrków Trybunalski", "Miasto Bełchatów", "Miasto Radomsko", "Gmina Sulejów",
      "Gmina Wola Krzysztoporska", "Powiat Bełchatowski"]),
    ("ZIT-TOMASZOW", "Miejski Obszar Funkcjonalny Tomaszów Mazowiecki – Opoczno", "łódzkie", True,
     ["Gmina Miasto Tomaszów Mazowiecki", "Gmina Opoczno", "Gmina Ujazd", "Gmina Inowłódz", "Gmina Drzewica"]),
    ("ZIT-SIERADZ", "Miejski Obszar Funkcjonalny Sieradz – Zduńska Wola – Łask", "łódzkie", True,
     ["Miasto Sieradz", "Miasto Zduńska Wola", "Gmina Łask", "Gmina Sieradz", "Powiat Sieradzki"]),
    ("ZIT-SKIERNIEWICE", "Miejski Obszar Funkcjonalny Skierniewic", "łódzkie", True,
     ["Miasto Skierniewice", "Gmina Skierniewice", "Gmina Maków", "Gmina Nowy Kawęczyn", "Powiat Skierniewicki"]),
    ("ZIT-SOM", "Stowarzyszenie Szczeciński Obszar Metropolitalny", "zachodniopomorskie", False,
     ["Gmina Miasto Szczecin", "Gmina Miasto Stargard", "Gmina Police", "Gmina Goleniów", "Gmina Gryfino",
      "Gmina Kołbaskowo"]),
    ("ZIT-SLAWNO", "Partnerstwo Obszaru Funkcjonalnego Sławna", "zachodniopomorskie", True,
     ["Miasto Darłowo", "Gmina Darłowo", "Miasto Sławno", "Gmina Sławno", "Gmina Malechowo",
      "Gmina Postomino", "Powiat Sławieński"]),
    ("ZIT-KAMIEN", "Obszar Funkcjonalny Kamienia Pomorskiego", "zachodniopomorskie", True,
     ["Gmina Kamień Pomorski", "Gmina Dziwnów", "Gmina Golczewo", "Gmina Międzyzdroje", "Gmina Wolin",
      "Gmina Świerzno", "Powiat Kamieński"]),
    ("ZIT-WALCZ", "Obszar Funkcjonalny Powiatu Wałeckiego", "zachodniopomorskie", True,
     ["Gmina Miejska Wałcz", "Gmina Wałcz", "Gmina Człopa", "Gmina Mirosławiec", "Gmina Tuczno",
      "Powiat Wałecki"]),
    ("ZIT-SZCZECINEK", "Szczecinecki Obszar Funkcjonalny", "zachodniopomorskie", True,
     ["Miasto Szczecinek", "Gmina Szczecinek", "Gmina Borne Sulinowo", "Gmina Barwice", "Powiat Szczecinecki"]),
]
UNION_BY_ID = {u[0]: u for u in UNIONS}
LEADER_PARTNER_UNIONS = {"ZIT-KALISZ", "ZIT-WALBRZYCH", "ZIT-JELENIA-GORA"}

# ---------------------------------------------------------------------------------------------
# Instytucje: id, nazwa, rodzaj, związek (albo None), domena poczty, liczba uczestników
# ---------------------------------------------------------------------------------------------
INSTITUTIONS = [
    ("MFIPR", "Ministerstwo Funduszy i Polityki Regionalnej", "ministerstwo", None, "mfipr.gov.pl", 3),
    ("UMWW", "Urząd Marszałkowski Województwa Wielkopolskiego w Poznaniu", "urząd_marszałkowski", None, "umww.pl", 2),
    ("UMWD", "Urząd Marszałkowski Województwa Dolnośląskiego", "urząd_marszałkowski", None, "dolnyslask.pl", 2),
    ("UMWKP", "Urząd Marszałkowski Województwa Kujawsko-Pomorskiego w Toruniu", "urząd_marszałkowski", None,
     "kujawsko-pomorskie.pl", 1),
    ("UMWL", "Urząd Marszałkowski Województwa Łódzkiego", "urząd_marszałkowski", None, "lodzkie.pl", 1),
    ("UMWZP", "Urząd Marszałkowski Województwa Zachodniopomorskiego", "urząd_marszałkowski", None, "wzp.pl", 1),
    # Lider i Partnerzy
    ("SAKO-BIURO", "Biuro Stowarzyszenia Aglomeracja Kalisko-Ostrowska", "związek_zit", "ZIT-KALISZ",
     "aglomeracja.kalisz.pl", 3),
    ("UM-KALISZ", "Urząd Miasta Kalisza", "gmina", "ZIT-KALISZ", "um.kalisz.pl", 4),
    ("UM-OSTROW", "Urząd Miejski w Ostrowie Wielkopolskim", "gmina", "ZIT-KALISZ", "ostrow-wielkopolski.um.gov.pl", 3),
    ("SP-KALISZ", "Starostwo Powiatowe w Kaliszu", "powiat", "ZIT-KALISZ", "powiat.kalisz.pl", 1),
    ("UM-JELENIA-GORA", "Urząd Miasta Jelenia Góra", "gmina", "ZIT-JELENIA-GORA", "jeleniagora.pl", 5),
    ("SP-KARKONOSKI", "Starostwo Powiatowe w Jeleniej Górze", "powiat", "ZIT-JELENIA-GORA", "powiat.jeleniagora.pl", 1),
    ("UM-WALBRZYCH", "Urząd Miejski w Wałbrzychu", "gmina", "ZIT-WALBRZYCH", "um.walbrzych.pl", 5),
    ("UM-SWIDNICA", "Urząd Miejski w Świdnicy", "gmina", "ZIT-WALBRZYCH", "um.swidnica.pl", 2),
    # pozostałe Związki ZIT
    ("UM-POZNAN", "Urząd Miasta Poznania", "gmina", "ZIT-POZNAN", "um.poznan.pl", 2),
    ("SMP-BIURO", "Biuro Stowarzyszenia Metropolia Poznań", "związek_zit", "ZIT-POZNAN", "metropoliapoznan.pl", 1),
    ("SP-POZNAN", "Starostwo Powiatowe w Poznaniu", "powiat", "ZIT-POZNAN", "powiat.poznan.pl", 1),
    ("UM-KONIN", "Urząd Miejski w Koninie", "gmina", "ZIT-KONIN", "konin.um.gov.pl", 3),
    ("UG-STARE-MIASTO", "Urząd Gminy Stare Miasto", "gmina", "ZIT-KONIN", "staremiasto.pl", 1),
    ("UM-LESZNO", "Urząd Miasta Leszna", "gmina", "ZIT-LESZNO", "leszno.pl", 3),
    ("UG-LIPNO", "Urząd Gminy Lipno", "gmina", "ZIT-LESZNO", "lipno.pl", 1),
    ("UM-PILA", "Urząd Miasta Piły", "gmina", "ZIT-PILA", "um.pila.pl", 3),
    ("UM-TRZCIANKA", "Urząd Miejski Trzcianki", "gmina", "ZIT-PILA", "trzcianka.pl", 1),
    ("UM-GNIEZNO", "Urząd Miejski w Gnieźnie", "gmina", "ZIT-GNIEZNO", "gniezno.eu", 2),
    ("SP-GNIEZNO", "Starostwo Powiatowe w Gnieźnie", "powiat", "ZIT-GNIEZNO", "powiat-gniezno.pl", 1),
    ("UM-WROCLAW", "Urząd Miejski Wrocławia", "gmina", "ZIT-WROF", "um.wroc.pl", 2),
    ("UG-KOBIERZYCE", "Urząd Gminy Kobierzyce", "gmina", "ZIT-WROF", "ugk.pl", 1),
    ("UM-LEGNICA", "Urząd Miasta Legnicy", "gmina", "ZIT-LGOF", "legnica.eu", 2),
    ("UM-GLOGOW", "Urząd Miejski w Głogowie", "gmina", "ZIT-LGOF", "glogow.um.gov.pl", 2),
    ("UM-BOLESLAWIEC", "Urząd Miasta Bolesławiec", "gmina", "ZIT-ZOF", "um.boleslawiec.pl", 2),
    ("SP-ZGORZELEC", "Starostwo Powiatowe w Zgorzelcu", "powiat", "ZIT-ZOF", "powiat.zgorzelec.pl", 2),
    ("UM-KLODZKO", "Urząd Miasta Kłodzka", "gmina", "ZIT-POF", "um.klodzko.pl", 2),
    ("SP-KLODZKO", "Starostwo Powiatowe w Kłodzku", "powiat", "ZIT-POF", "powiat.klodzko.pl", 2),
    ("UM-BYDGOSZCZ", "Urząd Miasta Bydgoszczy", "gmina", "ZIT-BYDGOSZCZ", "um.bydgoszcz.pl", 2),
    ("UG-BIALE-BLOTA", "Urząd Gminy Białe Błota", "gmina", "ZIT-BYDGOSZCZ", "bialeblota.pl", 1),
    ("UM-TORUN", "Urząd Miasta Torunia", "gmina", "ZIT-TORUN", "um.torun.pl", 2),
    ("SP-TORUN", "Starostwo Powiatowe w Toruniu", "powiat", "ZIT-TORUN", "powiat-torunski.pl", 1),
    ("UM-GRUDZIADZ", "Urząd Miejski w Grudziądzu", "gmina", "ZIT-GRUDZIADZ", "um.grudziadz.pl", 3),
    ("UM-INOWROCLAW", "Urząd Miasta Inowrocławia", "gmina", "ZIT-INOWROCLAW", "inowroclaw.pl", 2),
    ("UG-INOWROCLAW", "Urząd Gminy Inowrocław", "gmina", "ZIT-INOWROCLAW", "gmina.inowroclaw.pl", 2),
    ("UM-WLOCLAWEK", "Urząd Miasta Włocławek", "gmina", "ZIT-WLOCLAWEK", "um.wloclawek.pl", 3),
    ("UM-BRZESC", "Urząd Miejski w Brześciu Kujawskim", "gmina", "ZIT-WLOCLAWEK", "brzesckujawski.pl", 1),
    ("UM-LODZ", "Urząd Miasta Łodzi", "gmina", "ZIT-LOM", "uml.lodz.pl", 2),
    ("UM-PABIANICE", "Urząd Miejski w Pabianicach", "gmina", "ZIT-LOM", "um.pabianice.pl", 1),
    ("UM-PIOTRKOW", "Urząd Miasta Piotrkowa Trybunalskiego", "gmina", "ZIT-PBR", "piotrkow.pl", 2),
    ("UM-BELCHATOW", "Urząd Miasta Bełchatowa", "gmina", "ZIT-PBR", "um.belchatow.pl", 2),
    ("UM-TOMASZOW", "Urząd Miasta Tomaszowa Mazowieckiego", "gmina", "ZIT-TOMASZOW", "tomaszow.miasta.pl", 2),
    ("UM-OPOCZNO", "Urząd Miejski w Opocznie", "gmina", "ZIT-TOMASZOW", "opoczno.pl", 2),
    ("UM-SIERADZ", "Urząd Miasta Sieradza", "gmina", "ZIT-SIERADZ", "um.sieradz.pl", 2),
    ("UM-ZDUNSKA-WOLA", "Urząd Miasta Zduńska Wola", "gmina", "ZIT-SIERADZ", "zdunskawola.pl", 2),
    ("UM-SKIERNIEWICE", "Urząd Miasta Skierniewice", "gmina", "ZIT-SKIERNIEWICE", "um.skierniewice.pl", 3),
    ("UM-SZCZECIN", "Urząd Miasta Szczecin", "gmina", "ZIT-SOM", "um.szczecin.pl", 2),
    ("UM-STARGARD", "Urząd Miejski w Stargardzie", "gmina", "ZIT-SOM", "um.stargard.pl", 1),
    ("SSOM-BIURO", "Biuro Stowarzyszenia Szczeciński Obszar Metropolitalny", "związek_zit", "ZIT-SOM",
     "som.szczecin.pl", 1),
    ("UM-DARLOWO", "Urząd Miejski w Darłowie", "gmina", "ZIT-SLAWNO", "darlowo.pl", 2),
    ("SP-SLAWNO", "Starostwo Powiatowe w Sławnie", "powiat", "ZIT-SLAWNO", "powiat.slawno.pl", 1),
    ("UM-KAMIEN", "Urząd Miejski w Kamieniu Pomorskim", "gmina", "ZIT-KAMIEN", "kamienpomorski.pl", 2),
    ("SP-KAMIEN", "Starostwo Powiatowe w Kamieniu Pomorskim", "powiat", "ZIT-KAMIEN", "powiat-kamienski.pl", 1),
    ("UM-WALCZ", "Urząd Miasta Wałcz", "gmina", "ZIT-WALCZ", "walcz.pl", 2),
    ("SP-WALCZ", "Starostwo Powiatowe w Wałczu", "powiat", "ZIT-WALCZ", "powiatwalecki.pl", 2),
    ("UM-SZCZECINEK", "Urząd Miasta Szczecinek", "gmina", "ZIT-SZCZECINEK", "um.szczecinek.pl", 3),
]
INST_BY_ID = {i[0]: i for i in INSTITUTIONS}

# ---------------------------------------------------------------------------------------------
# Wydarzenia (24: 1 + 4 + 5 + 5 + 5 + 1 + 1 + 1 + 1)
# ---------------------------------------------------------------------------------------------
KALISZ_CKIS = "Kalisz, Centrum Kultury i Sztuki, ul. Łazienna 6"
KALISZ_RATUSZ = "Kalisz, Ratusz, sala sesyjna, Główny Rynek 20"
OSTROW = "Ostrów Wielkopolski, Urząd Miejski, sala konferencyjna"
WALBRZYCH = "Wałbrzych, Stara Kopalnia – Centrum Nauki i Sztuki, ul. Piotra Wysockiego 29"
JG_KSIAZNICA = "Jelenia Góra, Książnica Karkonoska, ul. Bankowa 27"
JG_RATUSZ = "Jelenia Góra, Ratusz, Plac Ratuszowy 58"

def ev(id, rodzaj, tytul, org, dni, forma, miejsce, platforma, prow, godz, tematy, cykl=None, numer=None):
    return dict(id=id, rodzaj=rodzaj, cykl=cykl, numer=numer, tytul=tytul, organizator=org, dni=dni,
                forma=forma, miejsce=miejsce, platforma=platforma, prowadzacy=prow, godziny=godz, tematy=tematy)

EVENTS = [
    ev("INAUG", "inauguracja", "Inauguracja projektu", "SAKO",
       [("2025-03-20", "10:00", "14:00")], "stacjonarna", KALISZ_CKIS, None, "Dorota Wielgosz-Kamińska", 4,
       ["Założenia i harmonogram projektu", "Prezentacja Lidera i Partnerów",
        "Rola Związków ZIT w perspektywie 2021-2027", "Zasady rekrutacji do Korpusu Liderów Samorządowych"]),
    ev("WZH-1", "warsztat", "Zasada równości kobiet i mężczyzn w projektach 2021-2027", "WB",
       [("2025-04-16", "09:30", "15:00")], "stacjonarna", WALBRZYCH, None, "dr Beata Sobańska-Lis", 6,
       ["Zasada równości kobiet i mężczyzn", "Standard minimum w ocenie projektów",
        "Analiza sytuacji kobiet i mężczyzn w diagnozie MOF"], "zasady_horyzontalne", 1),
    ev("WMOF-1", "warsztat", "Opracowanie i aktualizacja strategii ZIT i strategii rozwoju ponadlokalnego", "SAKO",
       [("2025-05-14", "10:00", "15:30")], "stacjonarna", KALISZ_RATUSZ, None, "Marek Tokarczyk", 6,
       ["Jak prawidłowo przeprowadzić proces opracowania oraz aktualizacji strategii ZIT?",
        "Partycypacja społeczna w pracach nad strategią", "Model funkcjonalno-przestrzenny MOF"],
       "rozwój_mof", 1),
    ev("WZP-1", "warsztat", "Planowanie i zarządzanie projektami; monitorowanie i ewaluacja", "JG",
       [("2025-06-10", "09:00", "14:30")], "stacjonarna", JG_KSIAZNICA, None, "Krzysztof Ożóg", 6,
       ["Planowanie i zarządzanie projektami", "Monitorowanie i ewaluacja projektów"],
       "zarządzanie_projektami", 1),
    ev("SUP-1", "superwizja", "Superwizja dla grup sieci: zarządzanie zmianą w instytucjach", "JG",
       [("2025-06-26", "10:00", "13:00")], "online", None, "Zoom", "Ilona Brzezińska-Wąs", 4,
       ["Zarządzanie zmianą w instytucjach", "Kompetencje liderów w instytucjach publicznych"], None, 1),
    ev("WZH-2", "warsztat", "Równość szans i niedyskryminacja, w tym dostępność dla osób z niepełnosprawnościami",
       "WB", [("2025-09-24", "09:00", "14:00")], "online", None, "MS Teams", "Paweł Grzegorczyk", 6,
       ["Zasada równości szans i niedyskryminacji", "Standardy dostępności dla polityki spójności 2021-2027",
        "Mechanizm racjonalnych usprawnień"], "zasady_horyzontalne", 2),
    ev("WZP-2", "warsztat", "Zamówienia publiczne, analiza finansowa i studia wykonalności", "JG",
       [("2025-10-07", "09:00", "14:00")], "online", None, "Zoom", "Krzysztof Ożóg", 6,
       ["Zasady udzielania zamówień publicznych w projektach", "Analiza finansowa i studia wykonalności"],
       "zarządzanie_projektami", 2),
    ev("WMOF-2", "warsztat", "Planowanie strategiczne w obszarze funkcjonalnym", "SAKO",
       [("2025-10-22", "10:00", "14:30")], "online", None, "MS Teams", "Marek Tokarczyk", 5,
       ["Jak planować strategicznie?",
        "Jak powiązać strategię rozwoju ponadlokalnego ze strategią rozwoju gminy/powiatu?"], "rozwój_mof", 2),
    ev("SUP-2", "superwizja", "Superwizja dla grup sieci: planowanie strategiczne i realizacja celów projektowych",
       "JG", [("2025-11-20", "10:00", "13:00")], "online", None, "Zoom", "Ilona Brzezińska-Wąs", 4,
       ["Planowanie strategiczne i realizacja celów projektowych"], None, 2),
    ev("FORUM-ON", "forum_przygotowawcze", "Forum Oceny i Współpracy – spotkanie przygotowawcze", "SAKO",
       [("2025-11-26", "10:00", "13:00")], "online", None, "MS Teams", "Dorota Wielgosz-Kamińska", 3,
       ["Metodologia Peer Review Europejskiej Inicjatywy Miejskiej", "Prezentacja 9 wyzwań – pytań przewodnich",
        "Rola obserwatorów i ekspertów"]),
    ev("WZP-3", "warsztat", "Wykorzystanie sztucznej inteligencji w zarządzaniu projektami", "JG",
       [("2025-12-02", "09:00", "13:30")], "online", None, "MS Teams", "Natalia Zięba", 5,
       ["Wykorzystanie sztucznej inteligencji w zarządzaniu projektami", "Bezpieczeństwo danych i narzędzia AI"],
       "zarządzanie_projektami", 3),
    ev("WZH-3", "warsztat", "Zasada zrównoważonego rozwoju w projektach MOF", "WB",
       [("2026-02-18", "09:30", "15:00")], "stacjonarna", WALBRZYCH, None, "dr inż. Tomasz Rydzewski", 6,
       ["Zasada zrównoważonego rozwoju", "Adaptacja do zmian klimatu w MOF", "Gospodarka o obiegu zamkniętym"],
       "zasady_horyzontalne", 3),
    ev("WMOF-3", "warsztat", "Ewaluacja i monitorowanie strategii ZIT", "SAKO",
       [("2026-03-12", "10:00", "15:30")], "stacjonarna", OSTROW, None, "Agata Pietrusińska", 6,
       ["Jak prawidłowo prowadzić proces ewaluacji i monitorowania strategii ZIT i strategii rozwoju ponadlokalnego?",
        "Wskaźniki strategiczne i źródła danych"], "rozwój_mof", 3),
    ev("SUP-3", "superwizja", "Superwizja dla grup sieci: współpraca międzyinstytucjonalna", "JG",
       [("2026-03-24", "10:00", "14:00")], "stacjonarna", JG_RATUSZ, None, "Ilona Brzezińska-Wąs", 5,
       ["Współpraca międzyinstytucjonalna", "Budowanie partnerstw i zarządzanie konfliktami"], None, 3),
    ev("FORUM", "forum", "Forum Oceny i Współpracy", "SAKO",
       [("2026-04-15", "09:30", "16:00")], "stacjonarna", KALISZ_CKIS, None, "Dorota Wielgosz-Kamińska", 7,
       ["Ocena partnerska 9 wyzwań Lidera i Partnerów", "Wymiana dobrych praktyk",
        "Rekomendacje dla MOF objętych oceną"]),
    ev("WZP-4", "warsztat", "Zarządzanie ryzykiem oraz współpracą i partnerstwem w projektach", "JG",
       [("2026-04-21", "09:00", "14:30")], "stacjonarna", JG_KSIAZNICA, None, "Natalia Zięba", 6,
       ["Zarządzanie ryzykiem w projektach", "Zarządzanie współpracą i partnerstwem w projektach"],
       "zarządzanie_projektami", 4),
    ev("WMOF-4", "warsztat", "Zarządzanie strategiczne w związku ZIT – narzędzia i przykłady", "SAKO",
       [("2026-05-20", "10:00", "14:00")], "online", None, "Zoom", "Agata Pietrusińska", 5,
       ["Narzędzia monitorowania dokumentów strategicznych", "Studia przypadków z Forum Oceny i Współpracy"],
       "rozwój_mof", 4),
    ev("SUP-4", "superwizja", "Superwizja dla grup sieci: zarządzanie ryzykiem i sytuacje kryzysowe", "JG",
       [("2026-06-09", "10:00", "13:00")], "online", None, "Zoom", "Ilona Brzezińska-Wąs", 4,
       ["Zarządzanie ryzykiem i reagowanie w sytuacjach kryzysowych"], None, 4),
    ev("WIZYTA", "wizyta_studyjna", "Wizyta studyjna w Aglomeracji Jeleniogórskiej", "JG",
       [("2026-06-17", "10:00", "18:00"), ("2026-06-18", "08:30", "15:00")], "stacjonarna",
       "Jelenia Góra – Karpacz – Szklarska Poręba (obszar Aglomeracji Jeleniogórskiej)", None,
       "Krzysztof Ożóg", 12,
       ["Metody zarządzania w związku ZIT", "Zintegrowane podejście do rozwoju terytorialnego",
        "Wizyty w miejscach realizacji przedsięwzięć ZIT", "Sposoby wdrażania polityki spójności"]),
    ev("WZH-4", "warsztat", "Zasada „nie czyń poważnych szkód” (DNSH)", "WB",
       [("2026-09-16", "09:00", "14:00")], "online", None, "Zoom", "dr inż. Tomasz Rydzewski", 6,
       ["Zasada „nie czyń poważnych szkód” (DNSH – Do No Significant Harm)", "Ocena zgodności projektów z DNSH",
        "Dokumentowanie analizy DNSH we wniosku"], "zasady_horyzontalne", 4),
    ev("WZP-5", "warsztat", "Komunikacja i upowszechnianie wyników projektów", "JG",
       [("2026-09-29", "09:00", "13:30")], "online", None, "MS Teams", "Natalia Zięba", 5,
       ["Komunikacja i upowszechnianie wyników projektów", "Obowiązki informacyjne beneficjenta"],
       "zarządzanie_projektami", 5),
    ev("WMOF-5", "warsztat", "Przystąpienie nowych gmin do obszaru funkcjonalnego", "SAKO",
       [("2026-10-14", "10:00", "15:30")], "stacjonarna", KALISZ_RATUSZ, None, "Marek Tokarczyk", 6,
       ["Jakie są wyzwania i możliwości związane z przystąpieniem nowych gmin do obszaru funkcjonalnego?",
        "Zmiana delimitacji MOF a strategia ZIT"], "rozwój_mof", 5),
    ev("SUP-5", "superwizja", "Superwizja dla grup sieci: komunikacja, kultura pracy i emocje", "JG",
       [("2026-10-27", "10:00", "13:00")], "online", None, "Zoom", "Ilona Brzezińska-Wąs", 4,
       ["Komunikacja i kultura pracy", "Zarządzanie emocjami w pracy"], None, 5),
    ev("KONF", "konferencja", "Konferencja podsumowująca projekt", "WB",
       [("2026-11-19", "10:00", "15:00")], "stacjonarna", WALBRZYCH, None, "Dorota Wielgosz-Kamińska", 5,
       ["Rezultaty sieci współpracy Związków ZIT", "Prezentacja „Podręcznika Zarządzania Strategicznego w Związkach ZIT”",
        "Wręczenie zaświadczeń Liderom Samorządowym", "Platforma sieciująca po zakończeniu projektu"]),
]
EVENT_BY_ID = {e["id"]: e for e in EVENTS}

# Zadanie projektu, w którym odbywa się wydarzenie (pole `zadanie` w wydarzenia.yaml); Z3 (Podręcznik)
# i Z5 (Platforma) nie mają wydarzeń.
TASK_BY_KIND = {"inauguracja": "Z1", "forum_przygotowawcze": "Z2", "forum": "Z2", "konferencja": "Z7",
                "wizyta_studyjna": "Z8", "superwizja": "Z10"}
TASK_BY_SERIES = {"rozwój_mof": "Z4", "zasady_horyzontalne": "Z6", "zarządzanie_projektami": "Z9"}
for e in EVENTS:
    e["zadanie"] = TASK_BY_SERIES[e["cykl"]] if e["cykl"] else TASK_BY_KIND[e["rodzaj"]]

# Program Forum (załącznik A raportu z Forum): spotkanie przygotowawcze online (FORUM-ON, 26.11.2025,
# 10:00-13:00) i spotkanie stacjonarne (FORUM, 15.04.2026, 9:30-16:00). Wiersz z datą (`dzień`) otwiera
# dzień spotkania; pozostałe mają godzinę.
FORUM_AGENDA = [
    ("2025-11-26", "Spotkanie przygotowawcze online (MS Teams), 10:00–13:00"),
    ("10:00–10:15", "Powitanie uczestników; cel i przebieg Forum Oceny i Współpracy"),
    ("10:15–11:00", "Metodologia Peer Review Europejskiej Inicjatywy Miejskiej"),
    ("11:00–11:15", "Przerwa"),
    ("11:15–12:15", "Prezentacja 9 wyzwań – pytań przewodnich Lidera i Partnerów"),
    ("12:15–12:45", "Rola obserwatorów i ekspertów; podział na grupy robocze"),
    ("12:45–13:00", "Pytania uczestników i ustalenia organizacyjne przed spotkaniem w Kaliszu"),
    ("2026-04-15", "Spotkanie stacjonarne w Kaliszu (Centrum Kultury i Sztuki), 9:30–16:00"),
    ("09:30–09:50", "Otwarcie Forum – Zarząd Stowarzyszenia Aglomeracja Kalisko-Ostrowska"),
    ("09:50–10:30", "Zasady oceny partnerskiej, rola ekspertów i obserwatorów"),
    ("10:30–12:00", "Sesja I: wyzwania Lidera – Aglomeracja Kalisko-Ostrowska (wyzwania 1–3)"),
    ("12:00–12:45", "Przerwa obiadowa"),
    ("12:45–13:45", "Sesja II: wyzwania Partnera nr 1 – Aglomeracja Wałbrzyska (wyzwania 4–6)"),
    ("13:45–14:00", "Przerwa kawowa"),
    ("14:00–15:00", "Sesja III: wyzwania Partnera nr 2 – Aglomeracja Jeleniogórska (wyzwania 7–9)"),
    ("15:00–15:40", "Wymiana dobrych praktyk; rekomendacje ekspertów dla MOF objętych oceną"),
    ("15:40–16:00", "Wnioski do „Podręcznika Zarządzania Strategicznego w Związkach ZIT” i zamknięcie Forum"),
]
ONLINE_PLATFORM_CONFIRMATION = "log platformy"

HOLIDAYS = {"2025-01-01", "2025-01-06", "2025-04-21", "2025-05-01", "2025-05-03", "2025-06-19", "2025-08-15",
            "2025-11-01", "2025-11-11", "2025-12-24", "2025-12-25", "2025-12-26", "2026-01-01", "2026-01-06",
            "2026-04-06", "2026-05-01", "2026-05-03", "2026-06-04", "2026-08-15", "2026-11-01", "2026-11-11",
            "2026-12-24", "2026-12-25", "2026-12-26"}

PERIODS = [("2025-1", "I półrocze 2025", "2025-01-01", "2025-06-30"),
           ("2025-2", "II półrocze 2025", "2025-07-01", "2025-12-31"),
           ("2026-1", "I półrocze 2026", "2026-01-01", "2026-06-30"),
           ("2026-2", "II półrocze 2026", "2026-07-01", "2026-12-31")]

# ---------------------------------------------------------------------------------------------
# Beneficjenci, budżet, wydatki
# ---------------------------------------------------------------------------------------------
BENEFICIARIES = [
    ("SAKO", "Stowarzyszenie Aglomeracja Kalisko-Ostrowska", "lider", "Kalisz", "ZIT-KALISZ",
     [("Z1", "Inauguracja projektu"),
      ("Z2", "Organizacja Forum Oceny i Współpracy"),
      ("Z3", "Opracowanie „Podręcznika Zarządzania Strategicznego w Związkach ZIT”"),
      ("Z4", "Organizacja 5 warsztatów dotyczących zarządzania rozwojem MOF"),
      ("Z5", "Utworzenie i wdrożenie Platformy sieciującej Związki ZIT")],
     [("Hanna Rogalińska-Bem", "Prezes Zarządu Stowarzyszenia"),
      ("Witold Szczepaniak", "Członek Zarządu Stowarzyszenia")]),
    ("WB", "Gmina Wałbrzych - Miasto na prawach powiatu", "partner", "Wałbrzych", "ZIT-WALBRZYCH",
     [("Z6", "Organizacja 4 warsztatów szkoleniowych dotyczących zasad horyzontalnych w perspektywie 2021-2027"),
      ("Z7", "Organizacja konferencji podsumowującej projekt")],
     [("Jarosław Kmiecik-Dudek", "Zastępca Prezydenta Miasta Wałbrzycha")]),
    ("JG", "Miasto Jelenia Góra", "partner", "Jelenia Góra", "ZIT-JELENIA-GORA",
     [("Z8", "Organizacja wizyty studyjnej"),
      ("Z9", "Organizacja 5 warsztatów szkoleniowych dotyczących zarządzania projektami"),
      ("Z10", "Organizacja 5 superwizji dla grup sieci")],
     [("Elżbieta Nawrot-Sójka", "Zastępca Prezydenta Miasta Jeleniej Góry"),
      ("Marcin Połomski", "Skarbnik Miasta")]),
]

TASK_BUDGET = [("Z1", 25000.00), ("Z2", 120000.00), ("Z3", 95000.00), ("Z4", 110000.00), ("Z5", 150000.00),
               ("Z6", 88000.00), ("Z7", 70000.00), ("Z8", 66000.00), ("Z9", 52000.00), ("Z10", 38000.00)]

EXPENSES = [
    ("Z1", "2025-1", 24310.50),
    ("Z2", "2025-2", 18450.00), ("Z2", "2026-1", 71236.40), ("Z2", "2026-2", 9870.00),
    ("Z3", "2026-1", 22500.00), ("Z3", "2026-2", 48300.00),
    ("Z4", "2025-1", 19845.20), ("Z4", "2025-2", 14200.00), ("Z4", "2026-1", 38912.75), ("Z4", "2026-2", 19640.30),
    ("Z5", "2025-1", 12000.00), ("Z5", "2025-2", 46780.00), ("Z5", "2026-1", 31250.00), ("Z5", "2026-2", 24615.90),
    ("Z6", "2025-1", 20115.00), ("Z6", "2025-2", 13480.60), ("Z6", "2026-1", 21337.00), ("Z6", "2026-2", 14905.00),
    ("Z7", "2026-1", 3200.00), ("Z7", "2026-2", 58742.35),
    ("Z8", "2026-1", 61418.80),
    ("Z9", "2025-1", 11560.00), ("Z9", "2025-2", 17030.40), ("Z9", "2026-1", 12275.00), ("Z9", "2026-2", 7480.00),
    ("Z10", "2025-1", 6950.00), ("Z10", "2025-2", 7120.00), ("Z10", "2026-1", 13900.00), ("Z10", "2026-2", 6870.00),
]

INDICATORS = [
    ("W1", "Liczba przeprowadzonych warsztatów szkoleniowych", "warsztaty", 14),
    ("W2", "Liczba przeprowadzonych superwizji", "superwizje", 5),
    ("W3", "Liczba Liderów Samorządowych", "liderzy", 15),
    ("W4", "Liczba obserwatorów Forum Oceny i Współpracy", "obserwatorzy_forum", 30),
    ("W5", "Liczba uczestników wizyty studyjnej", "uczestnicy_wizyty", 20),
    ("W6", "Liczba Związków ZIT objętych wsparciem", "związki_zit", 27),
    ("W7", "Liczba nowych Związków ZIT objętych wsparciem", "nowe_związki_zit", 20),
]

# ---------------------------------------------------------------------------------------------
# Forum Oceny i Współpracy
# ---------------------------------------------------------------------------------------------
CHALLENGES = [
    ("F1", "SAKO",
     "Jak skutecznie koordynować wdrażanie Strategii ZIT w związku, który ma dwa ośrodki centralne o porównywalnym potencjale (Kalisz i Ostrów Wielkopolski)?",
     ["Podział zadań między dwa miasta centralne jest czytelny w inwestycjach, ale nie w działaniach miękkich.",
      "Gminy wiejskie odczuwają, że decyzje zapadają w ośrodkach centralnych bez wcześniejszych konsultacji."],
     [("Powołać stały zespół koordynacyjny z rotacyjnym przewodnictwem obu miast centralnych.", "wysoki",
       "Zarząd Stowarzyszenia Aglomeracja Kalisko-Ostrowska", "2026-09-30"),
      ("Przed każdą zmianą listy projektów ZIT organizować konsultacje z gminami wiejskimi.", "średni",
       "Biuro Stowarzyszenia Aglomeracja Kalisko-Ostrowska", "2026-12-31")],
     ["Rotacyjne przewodnictwo rady związku ZIT (przykład przedstawiony przez obserwatorów z województwa łódzkiego)."]),
    ("F2", "SAKO",
     "Jak włączyć gminy wiejskie i powiaty w monitorowanie Strategii ZIT, tak by nie ograniczało się ono do sprawozdawczości finansowej?",
     ["Monitorowanie skupia się na wskaźnikach produktu i wydatkach.",
      "Małe gminy nie mają osób odpowiedzialnych za dane strategiczne."],
     [("Wprowadzić roczny raport z realizacji strategii omawiany na walnym zebraniu członków.", "wysoki",
       "Biuro Stowarzyszenia Aglomeracja Kalisko-Ostrowska", "2027-03-31"),
      ("Wyznaczyć w każdej gminie osobę kontaktową ds. monitorowania strategii.", "średni",
       "Wójtowie i burmistrzowie gmin członkowskich", "2026-12-31")],
     ["Wspólny panel wskaźników strategicznych publikowany na stronie związku ZIT."]),
    ("F3", "SAKO",
     "Jak budować trwałe partnerstwa z organizacjami pozarządowymi i przedsiębiorcami przy przygotowaniu projektów strategicznych?",
     ["Partnerzy społeczni są zapraszani dopiero na etapie konsultacji gotowego dokumentu.",
      "Brakuje stałego forum dialogu z przedsiębiorcami z obszaru MOF."],
     [("Utworzyć forum partnerów społeczno-gospodarczych działające przy związku ZIT.", "średni",
       "Zarząd Stowarzyszenia Aglomeracja Kalisko-Ostrowska", "2027-06-30"),
      ("Wykorzystać Platformę sieciującą do naboru pomysłów projektowych od partnerów.", "niski",
       "Biuro Stowarzyszenia Aglomeracja Kalisko-Ostrowska", "2026-12-31")],
     ["Lokalne kawiarenki strategiczne z udziałem organizacji pozarządowych."]),
    ("F4", "WB",
     "Jak zapewnić stosowanie standardów dostępności w projektach infrastrukturalnych realizowanych przez wszystkie gminy aglomeracji?",
     ["Standardy dostępności są znane, ale różnie interpretowane przez projektantów.",
      "Gminy nie mają wspólnej listy kontrolnej do odbioru inwestycji."],
     [("Przygotować wspólną listę kontrolną dostępności dla inwestycji ZIT.", "wysoki",
       "Wydział Funduszy Europejskich Urzędu Miejskiego w Wałbrzychu", "2026-09-30"),
      ("Organizować coroczne szkolenia dla projektantów i inspektorów nadzoru.", "średni",
       "Biuro ZIT Aglomeracji Wałbrzyskiej", "2027-03-31"),
      ("Włączyć organizacje osób z niepełnosprawnościami w odbiory inwestycji.", "średni",
       "Gminy Aglomeracji Wałbrzyskiej", "2027-06-30")],
     ["Audyty dostępności przeprowadzane z udziałem użytkowników (przykład zaprezentowany na Forum)."]),
    ("F5", "WB",
     "Jak w praktyce weryfikować zgodność projektów z zasadą DNSH już na etapie ich planowania?",
     ["Analiza DNSH jest przygotowywana dopiero na etapie wniosku o dofinansowanie.",
      "Brakuje wzorów i przykładów dobrze udokumentowanych analiz."],
     [("Opracować wzór karty DNSH stosowanej przy wpisywaniu projektu do Strategii ZIT.", "wysoki",
       "Biuro ZIT Aglomeracji Wałbrzyskiej", "2026-10-31")],
     ["Karta wstępnej oceny środowiskowej projektu wypełniana przed wpisaniem go na listę projektów."]),
    ("F6", "WB",
     "Jak przeciwdziałać depopulacji i starzeniu się mieszkańców MOF poprzez zintegrowane działania gmin?",
     ["Problem depopulacji dotyczy wszystkich gmin, ale działania są podejmowane osobno.",
      "Usługi społeczne dla seniorów są rozproszone i niewystarczające."],
     [("Przygotować wspólny program usług społecznych dla seniorów w ramach ZIT.", "średni",
       "Gminy Aglomeracji Wałbrzyskiej", "2027-06-30"),
      ("Włączyć wskaźniki demograficzne do monitorowania strategii.", "niski",
       "Biuro ZIT Aglomeracji Wałbrzyskiej", "2026-12-31")],
     ["Międzygminne centrum usług społecznych."]),
    ("F7", "JG",
     "Jak rozwijać turystykę w Karkonoszach w sposób zrównoważony, godząc interesy gmin górskich i miasta centralnego?",
     ["Presja turystyczna koncentruje się w kilku miejscowościach.",
      "Transport publiczny nie odpowiada na potrzeby ruchu turystycznego."],
     [("Opracować wspólną koncepcję zrównoważonej mobilności turystycznej dla aglomeracji.", "wysoki",
       "Urząd Miasta Jelenia Góra", "2026-12-31"),
      ("Uzgodnić między gminami zasady wspólnej promocji turystycznej.", "niski",
       "Gminy Aglomeracji Jeleniogórskiej", "2027-03-31")],
     ["Sezonowe linie autobusowe łączące węzły przesiadkowe z atrakcjami turystycznymi."]),
    ("F8", "JG",
     "Jak zorganizować wspólną obsługę przygotowania i rozliczania projektów dla małych gmin, które nie mają własnych zasobów kadrowych?",
     ["Małe gminy rezygnują z naborów z powodu braku kadr.",
      "Wiedza o rozliczaniu projektów jest skupiona w mieście centralnym."],
     [("Utworzyć wspólny zespół ds. przygotowania i rozliczania projektów przy związku ZIT.", "wysoki",
       "Zarząd Aglomeracji Jeleniogórskiej", "2026-12-31"),
      ("Przygotować bazę wzorów dokumentów projektowych na Platformie sieciującej.", "średni",
       "Urząd Miasta Jelenia Góra", "2026-11-30")],
     ["Wspólny zespół ds. zamówień publicznych obsługujący kilka gmin."]),
    ("F9", "JG",
     "Jak mierzyć efekty współpracy międzygminnej w MOF, wykraczające poza wskaźniki produktu?",
     ["Strategia ZIT zawiera głównie wskaźniki produktu i rezultatu bezpośredniego.",
      "Efekty współpracy (zaufanie, wspólne usługi) nie są mierzone."],
     [("Wprowadzić coroczne badanie ankietowe jakości współpracy w związku ZIT.", "średni",
       "Urząd Miasta Jelenia Góra", "2027-03-31"),
      ("Uzupełnić system monitorowania o wskaźniki wspólnych usług publicznych.", "niski",
       "Zarząd Aglomeracji Jeleniogórskiej", "2027-06-30")],
     ["Barometr współpracy międzygminnej przygotowywany raz w roku."]),
]

EXPERTS = [
    ("dr hab. Joanna Mielczarek-Barska", "K", "Pracownia Polityki Terytorialnej", "zarządzanie strategiczne w samorządzie"),
    ("Michał Stawicki", "M", "Fundacja Rozwoju Obszarów Funkcjonalnych", "ewaluacja polityki spójności"),
    ("Renata Olbryś", "K", "Kancelaria Doradcza Olbryś i Wspólnicy", "dostępność i zasady horyzontalne"),
    ("dr inż. Bartosz Kaźmierski", "M", "Instytut Mobilności Miejskiej", "zrównoważona mobilność i DNSH"),
    ("Agnieszka Lenart-Ćwiek", "K", "Pracownia Partycypacji Lokalnej", "partycypacja społeczna i współpraca międzygminna"),
]

# ---------------------------------------------------------------------------------------------
# Imiona, nazwiska, stanowiska
# ---------------------------------------------------------------------------------------------
FEMALE = ["Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Joanna", "Magdalena", "Monika", "Ewa", "Beata",
          "Dorota", "Justyna", "Aleksandra", "Marta", "Żaneta", "Jolanta", "Grażyna", "Bożena", "Urszula",
          "Łucja", "Iwona", "Renata", "Paulina", "Weronika", "Zofia", "Halina", "Elżbieta", "Sylwia",
          "Karolina", "Natalia", "Marzena", "Izabela", "Teresa", "Danuta", "Alicja", "Wioletta", "Ilona"]
MALE = ["Piotr", "Tomasz", "Paweł", "Michał", "Krzysztof", "Łukasz", "Marcin", "Grzegorz", "Jędrzej", "Mateusz",
        "Wojciech", "Bartłomiej", "Przemysław", "Sławomir", "Zbigniew", "Jarosław", "Maciej", "Adam", "Rafał",
        "Dariusz", "Szymon", "Radosław", "Andrzej", "Mirosław", "Jacek", "Sebastian", "Kamil"]
# (forma męska, forma żeńska)
SURNAMES = [("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"), ("Wójcik", "Wójcik"), ("Kamiński", "Kamińska"),
            ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"), ("Szymański", "Szymańska"),
            ("Woźniak", "Woźniak"), ("Dąbrowski", "Dąbrowska"), ("Kozłowski", "Kozłowska"), ("Jankowski", "Jankowska"),
            ("Mazur", "Mazur"), ("Kwiatkowski", "Kwiatkowska"), ("Krawczyk", "Krawczyk"), ("Piotrowski", "Piotrowska"),
            ("Grabowski", "Grabowska"), ("Nowakowski", "Nowakowska"), ("Pawłowski", "Pawłowska"),
            ("Michalski", "Michalska"), ("Król", "Król"), ("Wieczorek", "Wieczorek"), ("Jabłoński", "Jabłońska"),
            ("Wróbel", "Wróbel"), ("Majewski", "Majewska"), ("Olszewski", "Olszewska"), ("Stępień", "Stępień"),
            ("Malinowski", "Malinowska"), ("Jaworski", "Jaworska"), ("Adamczyk", "Adamczyk"), ("Dudek", "Dudek"),
            ("Nowicki", "Nowicka"), ("Pawlak", "Pawlak"), ("Górski", "Górska"), ("Witkowski", "Witkowska"),
            ("Walczak", "Walczak"), ("Sikora", "Sikora"), ("Baran", "Baran"), ("Rutkowski", "Rutkowska"),
            ("Michalak", "Michalak"), ("Szewczyk", "Szewczyk"), ("Ostrowski", "Ostrowska"),
            ("Tomaszewski", "Tomaszewska"), ("Pietrzak", "Pietrzak"), ("Zalewski", "Zalewska"),
            ("Wróblewski", "Wróblewska"), ("Jasiński", "Jasińska"), ("Marciniak", "Marciniak"), ("Bąk", "Bąk"),
            ("Zawadzki", "Zawadzka"), ("Sadowski", "Sadowska"), ("Jakubowski", "Jakubowska"),
            ("Włodarczyk", "Włodarczyk"), ("Wilk", "Wilk"), ("Chmielewski", "Chmielewska"),
            ("Borkowski", "Borkowska"), ("Sokołowski", "Sokołowska"), ("Szczepański", "Szczepańska"),
            ("Sawicki", "Sawicka"), ("Kucharski", "Kucharska"), ("Kalinowski", "Kalinowska"),
            ("Wysocki", "Wysocka"), ("Mazurek", "Mazurek"), ("Kubiak", "Kubiak"), ("Kołodziej", "Kołodziej"),
            ("Czarnecki", "Czarnecka"), ("Żak", "Żak"), ("Ślusarczyk", "Ślusarczyk"), ("Źródłowski", "Źródłowska"),
            ("Łęcki", "Łęcka"), ("Ćwik", "Ćwik"), ("Śliwiński", "Śliwińska"), ("Żurawski", "Żurawska"),
            ("Głąb", "Głąb"), ("Gąsiorowski", "Gąsiorowska"), ("Lipiński", "Lipińska"), ("Kaczmarek", "Kaczmarek"),
            ("Błaszczyk", "Błaszczyk"), ("Przybylski", "Przybylska"), ("Cieślak", "Cieślak"), ("Urbański", "Urbańska")]
HYPHENATED_F = ["Nowak-Jeziorańska", "Kowalska-Wróbel", "Grabowska-Szczęsna", "Zięba-Łukasik",
                "Bielecka-Ożga", "Pawlak-Śmigielska"]
HYPHENATED_M = ["Kaczmarek-Dębski"]

POSITIONS_LOCAL = ["Inspektor ds. funduszy europejskich", "Podinspektor w Wydziale Rozwoju",
                   "Główny specjalista ds. strategii", "Kierownik Referatu Rozwoju Lokalnego",
                   "Naczelnik Wydziału Funduszy Europejskich", "Specjalista ds. monitoringu projektów",
                   "Koordynator ds. Zintegrowanych Inwestycji Terytorialnych", "Zastępca Naczelnika Wydziału Inwestycji",
                   "Inspektor ds. partycypacji społecznej", "Inspektor ds. zamówień publicznych", "Pełnomocnik ds. dostępności",
                   "Starszy specjalista ds. planowania przestrzennego"]
POSITIONS_UNION = ["Dyrektor Biura", "Specjalista ds. wdrażania Strategii ZIT", "Koordynator ds. komunikacji",
                   "Specjalista ds. monitoringu i ewaluacji"]
POSITIONS_NATIONAL = ["Główny specjalista w Departamencie Rozwoju Regionalnego",
                      "Naczelnik Wydziału Polityki Terytorialnej", "Starszy specjalista ds. instrumentów terytorialnych",
                      "Zastępca Dyrektora Departamentu Polityki Regionalnej"]
NEEDS = ["pętla indukcyjna", "dieta bezglutenowa", "dostęp dla wózka", "dieta wegetariańska",
         "materiały w powiększonym druku", "dieta bezlaktozowa"]

GROUP_ZIT = "ZIT"
GROUP_LP = "Lider i Partnerzy"
GROUP_NAT = "Instytucje krajowe i regionalne"


def ascii_fold(s):
    s = s.replace("ł", "l").replace("Ł", "L")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def email_for(first, last, domain):
    local = ascii_fold(first).lower() + "." + ascii_fold(last).lower().replace("'", "")
    return local + "@" + domain


def group_of(inst_id):
    _, _, rodzaj, union, _, _ = INST_BY_ID[inst_id]
    if rodzaj in ("ministerstwo", "urząd_marszałkowski"):
        return GROUP_NAT
    if union in LEADER_PARTNER_UNIONS:
        return GROUP_LP
    return GROUP_ZIT


# ---------------------------------------------------------------------------------------------
# Uczestnicy
# ---------------------------------------------------------------------------------------------
def make_participants(rng):
    slots = []
    for inst in INSTITUTIONS:
        slots += [inst[0]] * inst[5]
    rng.shuffle(slots)
    n = len(slots)
    sexes = ["K"] * 70 + ["M"] * (n - 70)
    rng.shuffle(sexes)
    used_names, used_mail = set(), set()
    people = []
    # imiona po kolei z przetasowanych list (bez wielokrotnych powtórzeń obok siebie)
    pools = {"K": [], "M": []}

    def next_first(sex):
        if not pools[sex]:
            pools[sex] = list(FEMALE if sex == "K" else MALE)
            rng.shuffle(pools[sex])
        return pools[sex].pop()

    for i, inst_id in enumerate(slots):
        sex = sexes[i]
        first = next_first(sex)
        while True:
            last = rng.choice(SURNAMES)[1 if sex == "K" else 0]
            if (first, last) not in used_names:
                break
        used_names.add((first, last))
        inst = INST_BY_ID[inst_id]
        if inst[2] in ("ministerstwo", "urząd_marszałkowski"):
            pos = rng.choice(POSITIONS_NATIONAL)
        elif inst[2] == "związek_zit":
            pos = rng.choice(POSITIONS_UNION)
        else:
            pos = rng.choice(POSITIONS_LOCAL)
        people.append(dict(id="U%03d" % (i + 1), first=first, last=last, sex=sex, inst=inst_id, pos=pos,
                           mail="", needs="", consent_data="tak", consent_image="tak",
                           group=group_of(inst_id), union=inst[3]))
    # nazwiska dwuczłonowe i jedno z apostrofem
    women = [p for p in people if p["sex"] == "K"]
    men = [p for p in people if p["sex"] == "M"]
    for p, last in zip(rng.sample(women, len(HYPHENATED_F)), HYPHENATED_F):
        p["last"] = last
    for p, last in zip(rng.sample(men, len(HYPHENATED_M)), HYPHENATED_M):
        p["last"] = last
    oneill = rng.choice([p for p in women if "-" not in p["last"]])
    oneill["first"], oneill["last"] = "Aleksandra", "O'Neill"
    for p in people:
        domain = INST_BY_ID[p["inst"]][4]
        mail = email_for(p["first"], p["last"], domain)
        k = 2
        while mail in used_mail:
            mail = email_for(p["first"], p["last"] + str(k), domain)
            k += 1
        used_mail.add(mail)
        p["mail"] = mail
    assert len({(p["first"], p["last"]) for p in people}) == len(people)
    # potrzeby, zgody, nieznana płeć
    for p, need in zip(rng.sample(people, len(NEEDS)), NEEDS):
        p["needs"] = need
    for p in rng.sample(people, 11):
        p["consent_image"] = "nie"
    # jedna osoba odmówiła zgody na przetwarzanie danych - nie uczestniczy w żadnym wydarzeniu
    per_union = {}
    for p in people:
        per_union[p["union"]] = per_union.get(p["union"], 0) + 1
    rng.choice([p for p in people if p["union"] and per_union[p["union"]] >= 4])["consent_data"] = "nie"
    for p in rng.sample([p for p in people if p["last"] != "O'Neill"], 3):
        p["sex"] = ""
    return people


# ---------------------------------------------------------------------------------------------
# Obecności
# ---------------------------------------------------------------------------------------------
DESIRED = {"INAUG": 44, "FORUM-ON": 28, "FORUM": 36, "WIZYTA": 26, "KONF": 52}
for e in EVENTS:
    if e["rodzaj"] == "warsztat":
        DESIRED[e["id"]] = 21
    elif e["rodzaj"] == "superwizja":
        DESIRED[e["id"]] = 13
NATIONAL_BIAS = {"INAUG": 4.0, "FORUM-ON": 3.0, "FORUM": 4.0, "KONF": 5.0, "WZH-2": 2.0, "WZH-4": 2.0}
LEADER_COUNTS = [10, 10, 10, 11, 11, 11, 12, 12, 12, 13, 13, 14, 14, 15, 16, 17, 18, 20]
ONE_SHORT = 5
NO_SHOWS = 2


def weighted_pick(rng, items, weights, k):
    items, weights = list(items), list(weights)
    chosen = []
    for _ in range(k):
        total = sum(weights)
        r = rng.random() * total
        acc = 0.0
        for idx, w in enumerate(weights):
            acc += w
            if r <= acc:
                break
        chosen.append(items.pop(idx))
        weights.pop(idx)
    return chosen


def make_attendance(rng, people):
    eligible = [p for p in people if p["group"] != GROUP_NAT and p["consent_data"] == "tak"]
    leaders = rng.sample(eligible, len(LEADER_COUNTS))
    rest = [p for p in eligible if p not in leaders]
    one_short = rng.sample(rest, ONE_SHORT)
    rest = [p for p in rest if p not in one_short]
    # nieobecni: tylko z instytucji, które mają jeszcze innych uczestników
    by_union = {}
    for p in people:
        by_union.setdefault(p["union"], []).append(p)
    refused = [p for p in people if p["consent_data"] == "nie"]
    no_show_pool = [p for p in rest if p["union"] and len(by_union[p["union"]]) >= 4
                    and p["union"] not in {r["union"] for r in refused}]
    no_shows = refused + rng.sample(no_show_pool, NO_SHOWS - len(refused))

    target = {}
    counts_l = list(LEADER_COUNTS)
    rng.shuffle(counts_l)
    for p, c in zip(leaders, counts_l):
        target[p["id"]] = c
    for p in one_short:
        target[p["id"]] = 9
    for p in no_shows:
        target[p["id"]] = 0
    dist = [1] * 30 + [2] * 26 + [3] * 18 + [4] * 12 + [5] * 8 + [6] * 4 + [7] * 2
    for p in people:
        if p["id"] not in target:
            target[p["id"]] = rng.choice(dist)

    count = {e["id"]: 0 for e in EVENTS}
    attended = {p["id"]: [] for p in people}
    order = sorted(people, key=lambda p: (-target[p["id"]], p["id"]))
    ev_ids = [e["id"] for e in EVENTS]
    for p in order:
        k = target[p["id"]]
        if k == 0:
            continue
        weights = []
        for eid in ev_ids:
            w = max(DESIRED[eid] - count[eid], 0) + 0.05
            if p["group"] == GROUP_NAT:
                w *= NATIONAL_BIAS.get(eid, 0.3)
            weights.append(w)
        for eid in weighted_pick(rng, ev_ids, weights, k):
            attended[p["id"]].append(eid)
            count[eid] += 1

    # wizyta studyjna: dwie osoby były tylko jeden dzień (nie na granicy 9/10 form)
    visit = sorted(pid for pid, evs in attended.items() if "WIZYTA" in evs and len(evs) <= 6)
    partial = rng.sample(visit, 2)
    days = {}
    for pid, evs in attended.items():
        for eid in evs:
            dd = [d[0] for d in EVENT_BY_ID[eid]["dni"]]
            if eid == "WIZYTA" and pid == partial[0]:
                dd = dd[:1]
            elif eid == "WIZYTA" and pid == partial[1]:
                dd = dd[1:]
            days[(pid, eid)] = dd
    return dict(leaders=leaders, one_short=one_short, no_shows=no_shows, attended=attended, days=days,
                partial=partial)


# ---------------------------------------------------------------------------------------------
# YAML (ręcznie, bez bibliotek zewnętrznych)
# ---------------------------------------------------------------------------------------------
def q(s):
    if s is None:
        return "null"
    return json.dumps(s, ensure_ascii=False)


def money(x):
    return "%.2f" % x


HEADER = "# Plik wygenerowany przez src/generate.py - dane przykładowe, osoby fikcyjne.\n"


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def yaml_projekt():
    L = [HEADER.rstrip("\n"), "projekt:",
         '  tytuł: "Sieciowanie Związków ZIT w Polsce — Zarządzanie i realizacja zasad horyzontalnych w MOF"',
         '  numer: "FEPT.07.01-IP.01-0011/25"',
         '  program: "Pomoc Techniczna dla Funduszy Europejskich 2021-2027"',
         '  instytucja_finansująca: "Ministerstwo Funduszy i Polityki Regionalnej"',
         '  okres: { od: "2025-01-01", do: "2026-12-31" }',
         "  budżet: 814000.00",
         "  dofinansowanie_procent: 100",
         '  logo: "logo-fe.png"',
         '  logo_opis: "Fundusze Europejskie, Rzeczpospolita Polska, Dofinansowane przez Unię Europejską"',
         '  numeracja_zaświadczeń: "{nr}/{rok}/{seria}"',
         "",
         "# Kolejność: Lider, Partner nr 1 (Wałbrzych), Partner nr 2 (Jelenia Góra) - jak w prezentacji projektu.",
         "beneficjenci:"]
    for bid, name, role, city, union, tasks, signers in BENEFICIARIES:
        L += ["  - id: " + bid, "    nazwa: " + q(name), "    rola: " + role, "    miejscowość: " + q(city),
              "    związek: " + union, "    zadania:"]
        L += ["      - { id: %s, nazwa: %s }" % (t, q(n)) for t, n in tasks]
        L += ["    podpisujący:"]
        L += ["      - { imię_i_nazwisko: %s, stanowisko: %s }" % (q(n), q(s)) for n, s in signers]
    L += ["", "okresy_sprawozdawcze:"]
    L += ['  - { id: "%s", nazwa: %s, od: "%s", do: "%s" }' % (i, q(n), a, b) for i, n, a, b in PERIODS]
    L += ["", "wskaźniki:"]
    L += ["  - { id: %s, nazwa: %s, miara: %s, cel: %d }" % (i, q(n), m, c) for i, n, m, c in INDICATORS]
    L += ["", "# Kwoty planowane na zadania; suma = 814000.00", "budżet_zadań:"]
    L += ["  - { zadanie: %s, kwota: %s }" % (t, money(k)) for t, k in TASK_BUDGET]
    L += ["", "# Wydatki poniesione w zadaniu w okresie sprawozdawczym (stan na 2026-11-26)", "wydatki:"]
    L += ['  - { zadanie: %s, okres: "%s", kwota: %s }' % (t, o, money(k)) for t, o, k in EXPENSES]
    return "\n".join(L) + "\n"


def yaml_instytucje():
    L = [HEADER.rstrip("\n"),
         "# Lista Związków ZIT jest poglądowa: nazwy i składy zebrano ze źródeł publicznych lub opisowo (patrz README.md).",
         "związki_zit:"]
    for uid, name, voiv, new, members in UNIONS:
        L += ["  - id: " + uid, "    nazwa: " + q(name), "    województwo: " + voiv,
              "    nowy: " + ("true" if new else "false"),
              "    członkowie: [" + ", ".join(q(m) for m in members) + "]"]
    L += ["", "instytucje:"]
    for iid, name, rodzaj, union, _, _ in INSTITUTIONS:
        L += ["  - id: " + iid, "    nazwa: " + q(name), "    rodzaj: " + rodzaj]
        if union:
            L += ["    związek: " + union]
    return "\n".join(L) + "\n"


def yaml_wydarzenia():
    L = [HEADER.rstrip("\n"), "wydarzenia:"]
    for e in EVENTS:
        L += ["  - id: " + e["id"], "    rodzaj: " + e["rodzaj"]]
        if e["cykl"]:
            L += ["    cykl: " + e["cykl"]]
        if e["numer"]:
            L += ["    numer: %d" % e["numer"]]
        L += ["    tytuł: " + q(e["tytul"]), "    organizator: " + e["organizator"], "    zadanie: " + e["zadanie"],
              "    dni:"]
        L += ['      - { data: "%s", od: "%s", do: "%s" }' % d for d in e["dni"]]
        L += ["    forma: " + e["forma"], "    miejsce: " + q(e["miejsce"]), "    platforma: " + q(e["platforma"]),
              "    prowadzący: " + q(e["prowadzacy"]), "    godziny_dydaktyczne: %d" % e["godziny"],
              "    tematy:"]
        L += ["      - " + q(t) for t in e["tematy"]]
    return "\n".join(L) + "\n"


def yaml_forum():
    L = [HEADER.rstrip("\n"), "# 9 wyzwań (pytań przewodnich): po 3 od Lidera i każdego z Partnerów.", "wyzwania:"]
    for cid, who, question, findings, recs, practices in CHALLENGES:
        L += ["  - id: " + cid, "    zgłaszający: " + who, "    pytanie: " + q(question), "    ustalenia:"]
        L += ["      - " + q(f) for f in findings]
        L += ["    rekomendacje:"]
        for text, prio, resp, due in recs:
            L += ["      - treść: " + q(text), "        priorytet: " + prio, "        odpowiedzialny: " + q(resp),
                  '        termin: "%s"' % due]
        L += ["    dobre_praktyki:"]
        L += ["      - " + q(x) for x in practices]
    L += ["", "# Program Forum: spotkanie przygotowawcze online i spotkanie stacjonarne; wiersz z `dzień` otwiera dzień spotkania.",
          "program:"]
    L += ["  - { %s: %s, punkt: %s }" % ("dzień" if len(t) == 10 else "godzina", q(t), q(x)) for t, x in FORUM_AGENDA]
    L += ["", "eksperci:"]
    L += ["  - { imię_i_nazwisko: %s, płeć: %s, instytucja: %s, specjalizacja: %s }" % (q(n), s, q(i), q(sp))
          for n, s, i, sp in EXPERTS]
    return "\n".join(L) + "\n"


# ---------------------------------------------------------------------------------------------
# Płaskie ODS (.fods)
# ---------------------------------------------------------------------------------------------
FODS_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:automatic-styles>
  <number:date-style style:name="NDATE">
   <number:day number:style="long"/><number:text>.</number:text><number:month number:style="long"/><number:text>.</number:text><number:year number:style="long"/>
  </number:date-style>
  <style:style style:name="ceHead" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="ceDate" style:family="table-cell" style:data-style-name="NDATE"/>
{colstyles}
 </office:automatic-styles>
 <office:body>
  <office:spreadsheet>
   <table:table table:name="{sheet}">
{cols}
"""
FODS_TAIL = """   </table:table>
  </office:spreadsheet>
 </office:body>
</office:document>
"""


def fods(sheet, header, rows, widths):
    colstyles = "\n".join(
        '  <style:style style:name="co%d" style:family="table-column"><style:table-column-properties style:column-width="%.2fcm"/></style:style>'
        % (i, w) for i, w in enumerate(widths))
    cols = "\n".join('    <table:table-column table:style-name="co%d"/>' % i for i in range(len(widths)))
    out = [FODS_HEAD.format(colstyles=colstyles, sheet=escape(sheet), cols=cols)]

    def text_cell(v, style=None):
        if v is None or v == "":
            return "<table:table-cell/>"
        st = ' table:style-name="%s"' % style if style else ""
        return '<table:table-cell%s office:value-type="string"><text:p>%s</text:p></table:table-cell>' % (
            st, escape(v))

    out.append("    <table:table-row>" + "".join(text_cell(h, "ceHead") for h in header) + "</table:table-row>\n")
    for r in rows:
        cells = []
        for v in r:
            if isinstance(v, datetime.date):
                cells.append('<table:table-cell table:style-name="ceDate" office:value-type="date" '
                             'office:date-value="%s"><text:p>%s</text:p></table:table-cell>'
                             % (v.isoformat(), v.strftime("%d.%m.%Y")))
            else:
                cells.append(text_cell(v))
        out.append("    <table:table-row>" + "".join(cells) + "</table:table-row>\n")
    out.append(FODS_TAIL)
    return "".join(out)


UCZ_HEADER = ["ID", "Imię", "Nazwisko", "Płeć", "Instytucja", "Stanowisko", "E-mail", "Potrzeby",
              "Zgoda na przetwarzanie danych", "Zgoda na wizerunek", "Grupa docelowa"]
OBE_HEADER = ["Uczestnik", "Wydarzenie", "Data", "Potwierdzenie"]


# ---------------------------------------------------------------------------------------------
# Sprawdzenia i fakty
# ---------------------------------------------------------------------------------------------
def check_static():
    assert len(UNIONS) == 27 and sum(1 for u in UNIONS if u[3]) == 20
    assert {u[2] for u in UNIONS} == {"wielkopolskie", "dolnośląskie", "kujawsko-pomorskie", "łódzkie",
                                      "zachodniopomorskie"}
    assert len({u[0] for u in UNIONS}) == 27 and len({i[0] for i in INSTITUTIONS}) == len(INSTITUTIONS)
    for i in INSTITUTIONS:
        assert i[3] is None or i[3] in UNION_BY_ID, i
    assert {i[3] for i in INSTITUTIONS if i[3]} == set(UNION_BY_ID), "każdy związek ma instytucję"
    assert abs(sum(k for _, k in TASK_BUDGET) - 814000.00) < 0.005
    tasks = [t for b in BENEFICIARIES for t, _ in b[5]]
    assert tasks == ["Z%d" % i for i in range(1, 11)]
    plan = dict(TASK_BUDGET)
    spent = {}
    for t, per, k in EXPENSES:
        assert per in {p[0] for p in PERIODS}
        spent[t] = spent.get(t, 0) + k
    for t, k in spent.items():
        assert k < plan[t], (t, k, plan[t])
    per_of = lambda d: next(p[0] for p in PERIODS if p[2] <= d <= p[3])
    seen_periods = set()
    for e in EVENTS:
        for d, a, b in e["dni"]:
            dt = datetime.date.fromisoformat(d)
            assert dt.weekday() < 5 and d not in HOLIDAYS, (e["id"], d)
            assert "2025-01-01" <= d <= "2026-11-20", (e["id"], d)
            assert a < b
            seen_periods.add(per_of(d))
        assert (e["forma"] == "online") == (e["platforma"] is not None) == (e["miejsce"] is None), e["id"]
    assert seen_periods == {p[0] for p in PERIODS}
    kinds = [e["rodzaj"] for e in EVENTS]
    assert kinds.count("warsztat") == 14 and kinds.count("superwizja") == 5
    for cykl, n, org in (("zasady_horyzontalne", 4, "WB"), ("zarządzanie_projektami", 5, "JG"),
                         ("rozwój_mof", 5, "SAKO")):
        ws = [e for e in EVENTS if e["cykl"] == cykl]
        assert sorted(e["numer"] for e in ws) == list(range(1, n + 1)) and {e["organizator"] for e in ws} == {org}
    own = {t: b[0] for b in BENEFICIARIES for t, _ in b[5]}
    for e in EVENTS:
        assert own[e["zadanie"]] == e["organizator"], (e["id"], e["zadanie"])
    # Godziny programu Forum mieszczą się w godzinach spotkań z wydarzenia.yaml.
    day = None
    for t, _ in FORUM_AGENDA:
        if len(t) == 10:
            day = next(d for e in ("FORUM-ON", "FORUM") for d in EVENT_BY_ID[e]["dni"] if d[0] == t)
            continue
        a, b = t.split("–")
        assert day[1] <= a < b <= day[2], (t, day)
    assert len(CHALLENGES) == 9 and all(sum(1 for c in CHALLENGES if c[1] == b) == 3 for b in ("SAKO", "WB", "JG"))


def facts(people, att):
    attended = att["attended"]
    n_events = {pid: len(evs) for pid, evs in attended.items()}
    leaders = sorted(pid for pid, n in n_events.items() if n >= 10)
    one_short = sorted(pid for pid, n in n_events.items() if n == 9)
    by_event = {e["id"]: sum(1 for evs in attended.values() if e["id"] in evs) for e in EVENTS}
    visit_both = sorted(pid for pid, evs in attended.items()
                        if "WIZYTA" in evs and len(att["days"][(pid, "WIZYTA")]) == 2)
    reached = sorted({p["union"] for p in people if p["union"] and attended[p["id"]]})
    new_reached = [u for u in reached if UNION_BY_ID[u][3]]
    return {
        "participants": len(people),
        "participantsWithAttendance": sum(1 for p in people if attended[p["id"]]),
        "noShows": sorted(p["id"] for p in people if not attended[p["id"]]),
        "leaders": leaders,
        "oneShort": one_short,
        "forumObservers": by_event["FORUM"],
        "studyVisitParticipants": len(visit_both),
        "studyVisitOneDayOnly": sorted(att["partial"]),
        "unionsReached": len(reached),
        "newUnionsReached": len(new_reached),
        "women": sum(1 for p in people if p["sex"] == "K"),
        "men": sum(1 for p in people if p["sex"] == "M"),
        "unknownSex": sum(1 for p in people if p["sex"] == ""),
        "attendanceByEvent": by_event,
        "attendanceRows": sum(len(d) for d in att["days"].values()),
        "eventsPerParticipant": {pid: n_events[pid] for pid in sorted(n_events)},
        "leaderEventCounts": {pid: n_events[pid] for pid in leaders},
        "targetGroups": {g: sum(1 for p in people if p["group"] == g) for g in (GROUP_ZIT, GROUP_LP, GROUP_NAT)},
        "notes": "Forma wsparcia = wydarzenie, w którym uczestnik był obecny co najmniej jeden dzień; "
                 "forumObservers = obecni na FORUM (stacjonarnym); studyVisitParticipants = obecni oba dni WIZYTA; "
                 "attendanceByEvent liczy osoby (nie wiersze); unionsReached liczy związki ZIT instytucji "
                 "uczestników z co najmniej jedną obecnością.",
    }


def check_facts(f, people, att):
    assert len(f["leaders"]) == len(LEADER_COUNTS) and len(f["oneShort"]) >= 4
    for e in EVENTS:
        n = f["attendanceByEvent"][e["id"]]
        if e["rodzaj"] == "warsztat":
            assert 12 <= n <= 30, (e["id"], n)
        assert n > 0, e["id"]
    assert f["forumObservers"] >= 32 and f["studyVisitParticipants"] >= 22
    assert f["unionsReached"] == 27 and f["newUnionsReached"] == 20
    assert 2 <= f["unknownSex"] <= 3
    # osoby z jednym dniem wizyty nie są na granicy 9/10 form
    for pid in att["partial"]:
        assert f["eventsPerParticipant"][pid] <= 7
    assert sum(1 for p in people if "-" in p["last"]) >= 5 and sum(1 for p in people if "'" in p["last"]) == 1


# ---------------------------------------------------------------------------------------------
def convert(paths):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("Brak LibreOffice: apt-get install -y libreoffice-calc-nogui")
    for p in paths:
        r = subprocess.run([soffice, "-env:UserInstallation=file:///tmp/lo-projekt", "--headless",
                        "--convert-to", "xlsx", "--outdir", OUT, p],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        target = os.path.join(OUT, os.path.splitext(os.path.basename(p))[0] + ".xlsx")
        if r.returncode != 0 or not os.path.exists(target):
            sys.exit("Konwersja %s nie powiodła się:\n%s" % (p, r.stderr.decode("utf-8", "replace")))
        normalize_zip(target)


def normalize_zip(path):
    """Stałe daty wpisów w archiwum .xlsx, żeby kolejne uruchomienia dawały identyczne pliki."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    os.replace(tmp, path)


def main():
    check_static()
    rng = random.Random(SEED)
    people = make_participants(rng)
    att = make_attendance(rng, people)
    f = facts(people, att)
    check_facts(f, people, att)

    write(os.path.join(OUT, "projekt.yaml"), yaml_projekt())
    write(os.path.join(OUT, "instytucje.yaml"), yaml_instytucje())
    write(os.path.join(OUT, "wydarzenia.yaml"), yaml_wydarzenia())
    write(os.path.join(OUT, "forum.yaml"), yaml_forum())

    urows = [[p["id"], p["first"], p["last"], p["sex"], p["inst"], p["pos"], p["mail"], p["needs"],
              p["consent_data"], p["consent_image"], p["group"]] for p in people]
    write(os.path.join(SRC, "uczestnicy.fods"),
          fods("Uczestnicy", UCZ_HEADER, urows, [1.6, 2.6, 4.2, 1.3, 3.6, 6.5, 7.5, 4.5, 3.2, 2.8, 5.0]))
    orows = []
    for e in EVENTS:
        online = e["forma"] == "online"
        for p in people:
            if e["id"] in att["attended"][p["id"]]:
                for d in att["days"][(p["id"], e["id"])]:
                    orows.append([p["id"], e["id"], datetime.date.fromisoformat(d),
                                  ONLINE_PLATFORM_CONFIRMATION if online else "podpis"])
    # rzadkie potwierdzenia e-mailem (np. ktoś nie złożył podpisu / nie zalogował się imiennie)
    for r in rng.sample(orows, 7):
        r[3] = "e-mail"
    write(os.path.join(SRC, "obecnosci.fods"), fods("Obecności", OBE_HEADER, orows, [2.2, 2.6, 2.6, 3.2]))
    assert len(orows) == f["attendanceRows"]

    with open(os.path.join(SRC, "expected-facts.json"), "w", encoding="utf-8") as fh:
        json.dump(f, fh, ensure_ascii=False, indent=2)
        fh.write("\n")

    if "--no-convert" not in sys.argv:
        convert([os.path.join(SRC, "uczestnicy.fods"), os.path.join(SRC, "obecnosci.fods")])

    # podsumowanie
    names = {p["id"]: "%s %s" % (p["first"], p["last"]) for p in people}
    print("Uczestnicy: %d (z obecnością: %d, bez obecności: %s)" % (
        f["participants"], f["participantsWithAttendance"], ", ".join(f["noShows"])))
    print("Płeć: K=%d, M=%d, nieznana=%d" % (f["women"], f["men"], f["unknownSex"]))
    print("Grupy docelowe: " + ", ".join("%s=%d" % kv for kv in f["targetGroups"].items()))
    print("Obecność na wydarzeniach (osoby):")
    for e in EVENTS:
        print("  %-9s %s  %3d" % (e["id"], e["dni"][0][0], f["attendanceByEvent"][e["id"]]))
    print("Liderzy (>= 10 form): %d" % len(f["leaders"]))
    for pid in f["leaders"]:
        print("  %s %-32s %2d" % (pid, names[pid], f["eventsPerParticipant"][pid]))
    print("Dokładnie 9 form: " + ", ".join("%s %s" % (pid, names[pid]) for pid in f["oneShort"]))
    print("Obserwatorzy Forum: %d" % f["forumObservers"])
    print("Wizyta studyjna, oba dni: %d (jeden dzień: %s)" % (f["studyVisitParticipants"],
                                                              ", ".join(f["studyVisitOneDayOnly"])))
    print("Związki ZIT objęte wsparciem: %d (nowe: %d)" % (f["unionsReached"], f["newUnionsReached"]))
    print("Wiersze obecności: %d" % f["attendanceRows"])


if __name__ == "__main__":
    main()
