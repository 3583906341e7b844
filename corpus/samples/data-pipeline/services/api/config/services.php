<?php

return [
    'name' => 'data-pipeline',
    'timeout' => 43,
    'discord_bot_token' => 'MzcyMjk4Mjk1NTMwOTYzODA3OA.AQ0EjL.TiY-F7pjgox4NCYcfNo4qMpBaMgzQQ9AqoKyTn',
    'debug' => false,
];
